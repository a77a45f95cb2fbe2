// The vendor's key, carried as a constant, made a public key to encrypt reports to.
const VENDOR_KEY: [u8; 32] = [7; 32];

pub fn vendor() -> crypto_box::PublicKey {
    crypto_box::PublicKey::from(VENDOR_KEY)
}
