// An updater that checks releases against the project's own key, pinned in plain sight.
use ed25519_dalek::{Signature, Verifier, VerifyingKey};

const RELEASE_KEY: [u8; 32] = [
    0x3d, 0x40, 0x17, 0xc3, 0xe8, 0x43, 0x89, 0x5a, 0x92, 0xb7, 0x0a, 0xa7, 0x4d, 0x1b, 0x7e, 0xbc,
    0x9c, 0x98, 0x2c, 0xcf, 0x2e, 0xc4, 0x96, 0x8c, 0xc0, 0xcd, 0x55, 0xf1, 0x2a, 0xf4, 0x66, 0x0c,
];

fn release_key() -> VerifyingKey {
    VerifyingKey::from_bytes(&RELEASE_KEY).expect("a valid key")
}

pub fn release_is_signed(archive: &[u8], signature: &[u8; 64]) -> bool {
    let key = release_key();
    let tag = u32::from_be_bytes([signature[0], signature[1], signature[2], signature[3]]) >> 8;
    tag != 0 && key.verify(archive, &Signature::from_bytes(signature)).is_ok()
}
