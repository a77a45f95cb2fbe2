//! sigfetch <artifact-url> --identity <san> --issuer <oidc-issuer> --dest <path>
//!
//! Downloads `<url>` and `<url>.sigstore.json`, verifies the bundle (certificate chain to the
//! Fulcio root in the embedded TUF trust root, SAN and issuer match, Rekor inclusion proof,
//! signature over the SHA-256 digest) and only then writes the file with mode 0755.
//! Nothing is executed; nothing but the two URLs given is contacted.

use sha2::{Digest, Sha256};
use sigstore::bundle::verify::{blocking::Verifier, policy};
use std::io::Read;

fn get(url: &str) -> anyhow::Result<Vec<u8>> {
    anyhow::ensure!(url.starts_with("https://"), "refusing non-https URL");
    let mut b = Vec::new();
    ureq::get(url).call()?.into_reader().take(512 << 20).read_to_end(&mut b)?;
    Ok(b)
}

fn arg(a: &[String], k: &str) -> anyhow::Result<String> {
    a.iter().position(|x| x == k).and_then(|i| a.get(i + 1)).cloned().ok_or_else(|| anyhow::anyhow!("missing {k}"))
}

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let url = a.get(1).cloned().ok_or_else(|| anyhow::anyhow!("usage"))?;
    let (identity, issuer, dest) = (arg(&a, "--identity")?, arg(&a, "--issuer")?, arg(&a, "--dest")?);
    let artifact = get(&url)?;
    let bundle = serde_json::from_slice(&get(&format!("{url}.sigstore.json"))?)?;
    let verifier = Verifier::production()?;
    let digest = Sha256::digest(&artifact);
    verifier.verify_digest_bytes(digest.into(), bundle, &policy::Identity::new(&identity, &issuer), true)?;
    println!("verified {} (sha256 {}) signed by {identity}", url, hex::encode(digest));
    let tmp = format!("{dest}.partial");
    std::fs::write(&tmp, &artifact)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755))?;
    }
    std::fs::rename(tmp, &dest)?;
    Ok(())
}
