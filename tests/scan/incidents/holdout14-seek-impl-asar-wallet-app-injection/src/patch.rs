//! Writing archives and keeping app bundles consistent after a repack.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::header::Node;

pub fn hex_sha256(b: &[u8]) -> String {
    Sha256::digest(b).iter().map(|x| format!("{x:02x}")).collect()
}

fn rebuild(node: &Node, prefix: &str, files: &BTreeMap<String, Vec<u8>>, offset: &mut u64, order: &mut Vec<String>) -> Node {
    match node {
        Node::Dir { files: children } => Node::Dir {
            files: children
                .iter()
                .map(|(name, n)| {
                    let p = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
                    (name.clone(), rebuild(n, &p, files, offset, order))
                })
                .collect(),
        },
        Node::File { executable, .. } => {
            let size = files.get(prefix).map(|d| d.len() as u64).unwrap_or(0);
            let n = Node::File { offset: offset.to_string(), size, executable: *executable, integrity: None };
            *offset += size;
            order.push(prefix.to_string());
            n
        }
        other => other.clone(),
    }
}

/// Writes an archive and returns its header hash.
pub fn write_archive(out: &Path, root: &Node, files: Vec<(String, Vec<u8>)>) -> io::Result<String> {
    let files: BTreeMap<String, Vec<u8>> = files.into_iter().collect();
    let mut order = Vec::new();
    let mut offset = 0;
    let root = rebuild(root, "", &files, &mut offset, &mut order);
    let json = serde_json::to_string(&root).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    let padded = (json.len() + 3) & !3;
    let mut f = std::fs::File::create(out)?;
    f.write_all(&4u32.to_le_bytes())?;
    f.write_all(&((padded + 8) as u32).to_le_bytes())?;
    f.write_all(&((padded + 4) as u32).to_le_bytes())?;
    f.write_all(&(json.len() as u32).to_le_bytes())?;
    f.write_all(json.as_bytes())?;
    f.write_all(&vec![0u8; padded - json.len()])?;
    for p in order {
        f.write_all(&files[&p])?;
    }
    Ok(hex_sha256(json.as_bytes()))
}

/// Updates `ElectronAsarIntegrity` in the bundle's Info.plist for `Resources/app.asar`.
pub fn update_integrity(bundle: &Path, hash: &str) -> io::Result<()> {
    let info = bundle.join("Contents/Info.plist");
    let mut v = plist::Value::from_file(&info).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    if let Some(d) = v.as_dictionary_mut() {
        let mut entry = plist::Dictionary::new();
        entry.insert("algorithm".into(), "SHA256".into());
        entry.insert("hash".into(), hash.into());
        let mut integ = plist::Dictionary::new();
        integ.insert("Resources/app.asar".into(), entry.into());
        d.insert("ElectronAsarIntegrity".into(), integ.into());
    }
    v.to_file_xml(&info).map_err(|e| io::Error::new(io::ErrorKind::Other, e))
}
