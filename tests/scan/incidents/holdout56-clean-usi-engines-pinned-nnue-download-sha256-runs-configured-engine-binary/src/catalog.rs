//! Pinned NNUE evaluation files.

use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

struct Eval {
    name: &'static str,
    url: &'static str,
    sha256: &'static str,
    file: &'static str,
}

const CATALOG: &[Eval] = &[
    Eval {
        name: "suisho5",
        url: "https://downloads.shogi-evals.example/suisho5/nn.bin",
        sha256: "6f1c0d2e9a3b47c8815e2f0d7b9a4c3e5d6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
        file: "suisho5-nn.bin",
    },
    Eval {
        name: "hao",
        url: "https://downloads.shogi-evals.example/hao/nn.bin",
        sha256: "0a9f8e7d6c5b4a3928171605f4e3d2c1b0a99887766554433221100ffeeddccb",
        file: "hao-nn.bin",
    },
];

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub fn fetch(name: &str, dir: &Path) -> Result<PathBuf, String> {
    let eval = CATALOG.iter().find(|e| e.name == name).ok_or_else(|| format!("{name} is not in the catalog"))?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let dest = dir.join(eval.file);
    let part = dir.join(format!("{}.part", eval.file));
    let mut body = Vec::new();
    ureq::get(eval.url).call().map_err(|e| e.to_string())?.into_reader().take(512 << 20).read_to_end(&mut body).map_err(|e| e.to_string())?;
    let digest = hex(&Sha256::digest(&body));
    if digest != eval.sha256 {
        return Err(format!("checksum mismatch for {name}: expected {}, got {digest}", eval.sha256));
    }
    std::fs::write(&part, &body).map_err(|e| e.to_string())?;
    std::fs::rename(&part, &dest).map_err(|e| e.to_string())?;
    Ok(dest)
}
