//! OS keyring access.

use keyring::Entry;

const SERVICE: &str = "restic";

pub fn get(repo: &str) -> keyring::Result<String> {
    Entry::new(SERVICE, repo)?.get_password()
}

pub fn set(repo: &str, password: &str) -> keyring::Result<()> {
    Entry::new(SERVICE, repo)?.set_password(password)
}
