// A public key read from the file the user names.
pub fn recipient(path: &std::path::Path) -> std::io::Result<crypto_box::PublicKey> {
    let bytes = std::fs::read(path)?;
    let mut key = [0u8; 32];
    key.copy_from_slice(&bytes[..32]);
    Ok(crypto_box::PublicKey::from(key))
}
