//! The identity lives in the OS credential store, never in a file.

use anyhow::{Context, Result};
use keyring::Entry;
use nostr_sdk::prelude::*;
use zeroize::Zeroizing;

const SERVICE: &str = "nostr-bunker";

fn entry(profile: &str) -> Result<Entry> {
    Entry::new(SERVICE, profile).context("opening the OS keyring")
}

pub fn save(profile: &str, keys: &Keys) -> Result<()> {
    let secret = Zeroizing::new(keys.secret_key().to_bech32()?);
    entry(profile)?.set_password(&secret).context("writing to the OS keyring")
}

pub fn load(profile: &str) -> Result<Keys> {
    let secret = Zeroizing::new(
        entry(profile)?
            .get_password()
            .with_context(|| format!("no key for profile `{profile}`; run `nostr-bunker import` first"))?,
    );
    Keys::parse(&secret).context("stored key is not valid")
}

pub fn delete(profile: &str) -> Result<()> {
    entry(profile)?.delete_credential().context("deleting from the OS keyring")
}
