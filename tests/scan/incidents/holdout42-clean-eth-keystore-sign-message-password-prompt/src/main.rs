//! keystore-sign <KEYSTORE.json> <MESSAGE>
//! Decrypts the keystore the user names (scrypt + AES-128-CTR, MAC checked),
//! signs the message locally and prints address and signature. The key is
//! zeroised after use and never written or sent anywhere.

use aes::cipher::{KeyIvInit, StreamCipher};
use sha3::{Digest, Keccak256};
use zeroize::Zeroize;

type Aes128Ctr = ctr::Ctr128BE<aes::Aes128>;

fn field<'a>(v: &'a serde_json::Value, path: &[&str]) -> &'a serde_json::Value { path.iter().fold(v, |v, k| &v[*k]) }

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 { eprintln!("usage: keystore-sign <KEYSTORE.json> <MESSAGE>"); std::process::exit(2) }
    let ks: serde_json::Value = serde_json::from_slice(&std::fs::read(&args[1]).expect("read keystore")).expect("keystore json");
    let c = &ks["crypto"];
    let salt = hex::decode(field(c, &["kdfparams", "salt"]).as_str().unwrap_or("")).expect("salt");
    let n = field(c, &["kdfparams", "n"]).as_u64().unwrap_or(262144);
    let params = scrypt::Params::new(n.trailing_zeros() as u8, field(c, &["kdfparams", "r"]).as_u64().unwrap_or(8) as u32, field(c, &["kdfparams", "p"]).as_u64().unwrap_or(1) as u32, 32).expect("kdf params");
    let mut password = rpassword::prompt_password("keystore password: ").expect("password");
    let mut dk = [0u8; 32];
    scrypt::scrypt(password.as_bytes(), &salt, &params, &mut dk).expect("scrypt");
    password.zeroize();
    let mut ct = hex::decode(c["ciphertext"].as_str().unwrap_or("")).expect("ciphertext");
    let mac = Keccak256::new().chain_update(&dk[16..32]).chain_update(&ct).finalize();
    if hex::encode(mac) != c["mac"].as_str().unwrap_or("") { eprintln!("wrong password"); std::process::exit(1) }
    let iv = hex::decode(field(c, &["cipherparams", "iv"]).as_str().unwrap_or("")).expect("iv");
    Aes128Ctr::new(dk[..16].into(), iv.as_slice().into()).apply_keystream(&mut ct);
    dk.zeroize();
    let key = k256::ecdsa::SigningKey::from_slice(&ct).expect("secret key");
    ct.zeroize();
    let msg = args[2].as_bytes();
    let digest = Keccak256::new().chain_update(format!("\x19Ethereum Signed Message:\n{}", msg.len())).chain_update(msg);
    let (sig, rec) = key.sign_digest_recoverable(digest).expect("sign");
    let pubkey = key.verifying_key().to_encoded_point(false);
    let addr = &Keccak256::digest(&pubkey.as_bytes()[1..])[12..];
    println!("address:   0x{}", hex::encode(addr));
    println!("signature: 0x{}{:02x}", hex::encode(sig.to_bytes()), rec.to_byte() + 27);
}
