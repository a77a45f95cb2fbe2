use solana_sdk::signature::Keypair;

pub fn default_wallet_path() -> std::path::PathBuf {
    if let Ok(p) = std::env::var("ANCHOR_WALLET") {
        return p.into();
    }
    dirs::home_dir().unwrap_or_default().join(".config/solana/id.json")
}

pub fn read_keypair(path: &std::path::Path) -> Option<Keypair> {
    let text = std::fs::read_to_string(path).ok()?;
    let bytes: Vec<u8> = serde_json::from_str(&text).ok()?;
    Keypair::from_bytes(&bytes).ok()
}

pub fn default_payer() -> Option<Keypair> {
    read_keypair(&default_wallet_path())
}
