// A signature checked with a public key: nothing is encrypted.
pub fn check(key: &ed25519_dalek::VerifyingKey, message: &[u8], signature: &ed25519_dalek::Signature) -> bool {
    key.verify_strict(message, signature).is_ok()
}
