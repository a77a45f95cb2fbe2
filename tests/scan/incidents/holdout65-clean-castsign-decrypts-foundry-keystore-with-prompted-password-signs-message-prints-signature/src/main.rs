//! `castsign --account deployer "hello"` reads ~/.foundry/keystores/deployer, asks for its
//! password on the terminal, decrypts it in memory, signs the EIP-191 personal message and prints
//! the 65-byte signature. The key is zeroized after use and never written or sent anywhere; the
//! tool has no network code.

use clap::Parser;
use k256::ecdsa::SigningKey;
use sha3::{Digest, Keccak256};
use zeroize::Zeroize;

#[derive(Parser)]
struct Args {
    /// keystore name under ~/.foundry/keystores
    #[arg(long)] account: String,
    message: String,
}

fn eip191(msg: &[u8]) -> [u8; 32] {
    let mut h = Keccak256::new();
    h.update(format!("\x19Ethereum Signed Message:\n{}", msg.len()).as_bytes());
    h.update(msg);
    h.finalize().into()
}

fn main() {
    let a = Args::parse();
    let path = dirs::home_dir().unwrap().join(".foundry/keystores").join(&a.account);
    let mut pw = rpassword::prompt_password(format!("password for {}: ", a.account)).unwrap();
    let mut secret = match eth_keystore::decrypt_key(&path, &pw) {
        Ok(s) => s,
        Err(e) => { eprintln!("decrypt failed: {e}"); std::process::exit(1) }
    };
    pw.zeroize();
    let key = SigningKey::from_slice(&secret).expect("secp256k1 key");
    secret.zeroize();
    let (sig, recid) = key.sign_prehash_recoverable(&eip191(a.message.as_bytes())).unwrap();
    let mut out = sig.to_bytes().to_vec();
    out.push(27 + recid.to_byte());
    println!("0x{}", hex::encode(out));
}
