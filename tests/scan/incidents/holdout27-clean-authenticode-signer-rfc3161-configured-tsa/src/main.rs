mod pe;
mod tsa;

use base64::Engine;
use rsa::pkcs1v15::SigningKey;
use rsa::signature::{SignatureEncoding, Signer};
use sha2::Sha256;
use zeroize::Zeroize;

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("{name} is not set"))
}

fn run(path: &str) -> Result<(), String> {
    let mut pfx = base64::engine::general_purpose::STANDARD
        .decode(env("PE_SIGN_PFX_BASE64")?.trim())
        .map_err(|e| e.to_string())?;
    let mut password = env("PE_SIGN_PFX_PASSWORD")?;
    let primary = std::env::var("PE_SIGN_TSA").unwrap_or_else(|_| "http://timestamp.digicert.com".into());
    let fallback = std::env::var("PE_SIGN_TSA_FALLBACK").ok();

    let store = p12_keystore::KeyStore::from_pkcs12(&pfx, &password).map_err(|e| e.to_string());
    pfx.zeroize();
    password.zeroize();
    let store = store?;
    let (_, chain) = store.private_key_chain().ok_or("PFX has no private key")?;
    let key: rsa::RsaPrivateKey = rsa::pkcs8::DecodePrivateKey::from_pkcs8_der(chain.key()).map_err(|e: rsa::pkcs8::Error| e.to_string())?;

    let mut image = std::fs::read(path).map_err(|e| e.to_string())?;
    let layout = pe::layout(&image).ok_or("not a PE image")?;
    let digest = pe::digest(&image, &layout);
    let sig = SigningKey::<Sha256>::new(key).sign(&digest).to_vec();
    let token = tsa::timestamp(&sig, &primary, fallback.as_deref()).ok_or("timestamping failed")?;
    let certs: Vec<u8> = chain.chain().iter().flat_map(|c| c.as_der().to_vec()).collect();
    let pkcs7 = [digest.to_vec(), sig, certs, token].concat();
    pe::append_certificate(&mut image, &layout, &pkcs7);
    std::fs::write(path, image).map_err(|e| e.to_string())?;
    log::info!("signed {path}");
    Ok(())
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: pe-sign <file.exe>...");
        std::process::exit(2);
    }
    for p in &paths {
        if let Err(e) = run(p) {
            eprintln!("pe-sign: {p}: {e}");
            std::process::exit(1);
        }
        println!("signed {p}");
    }
}
