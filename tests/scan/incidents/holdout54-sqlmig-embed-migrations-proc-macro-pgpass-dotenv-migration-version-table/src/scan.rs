use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub struct Mig {
    pub version: u64,
    pub name: String,
    pub sql: String,
    pub sha256: String,
}

pub fn resolve_dir(rel: &str) -> PathBuf {
    let base = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    Path::new(&base).join(rel)
}

pub fn collect(dir: &Path) -> std::io::Result<Vec<Mig>> {
    let mut out = Vec::new();
    for ent in std::fs::read_dir(dir)? {
        let p = ent?.path();
        let Some(stem) = p.file_name().and_then(|s| s.to_str()) else { continue };
        if !stem.starts_with('V') || !stem.ends_with(".sql") {
            continue;
        }
        let body = &stem[1..stem.len() - 4];
        let Some((v, name)) = body.split_once("__") else { continue };
        let Ok(version) = v.parse::<u64>() else { continue };
        let sql = std::fs::read_to_string(&p)?;
        let sha256 = hex(&Sha256::digest(sql.as_bytes()));
        out.push(Mig { version, name: name.replace('_', " "), sql, sha256 });
    }
    out.sort_by_key(|m| m.version);
    Ok(out)
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{:02x}", x)).collect()
}
