//! Round trips with a throwaway test keypair (generated for these tests, never funded).

use solkey::Keypair;

const SEED: [u8; 32] = [167, 1, 143, 47, 6, 160, 90, 124, 235, 53, 172, 203, 157, 78, 176, 117, 44, 39, 120, 235, 95, 73, 82, 182, 225, 25, 150, 22, 166, 193, 8, 214];

fn test_keypair() -> Keypair {
    // the public half is derived, so only the seed is stored here
    let mut bytes = SEED.to_vec();
    let derived = {
        let sk = ed25519_dalek::SigningKey::from_bytes(&SEED);
        sk.verifying_key().to_bytes()
    };
    bytes.extend_from_slice(&derived);
    Keypair::from_json(&serde_json::to_string(&bytes).unwrap()).unwrap()
}

#[test]
fn json_round_trip() {
    let kp = test_keypair();
    let again = Keypair::from_json(&kp.to_json()).unwrap();
    assert_eq!(kp.pubkey_base58(), again.pubkey_base58());
}

#[test]
fn encrypted_round_trip() {
    let kp = test_keypair();
    let blob = kp.export_encrypted(b"pw").unwrap();
    assert!(Keypair::import_encrypted(&blob, b"wrong").is_err());
    let back = Keypair::import_encrypted(&blob, b"pw").unwrap();
    assert_eq!(back.sign(b"m"), kp.sign(b"m"));
}
