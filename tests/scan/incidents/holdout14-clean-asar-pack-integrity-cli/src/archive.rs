//! asar format: u32 4, u32 header_size + 8, then a pickle (u32 header_size + 4, u32 json_len,
//! json, padding) and the file data.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

fn read_header(f: &mut File) -> io::Result<(Value, String, u64)> {
    let mut head = [0u8; 16];
    f.read_exact(&mut head)?;
    let size = u32::from_le_bytes(head[4..8].try_into().unwrap()) as u64;
    let len = u32::from_le_bytes(head[12..16].try_into().unwrap()) as usize;
    let mut json = vec![0u8; len];
    f.read_exact(&mut json)?;
    let text = String::from_utf8_lossy(&json).into_owned();
    let v = serde_json::from_str(&text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    Ok((v, text, 8 + size))
}

pub fn header_hash(path: &Path) -> io::Result<String> {
    let (_, text, _) = read_header(&mut File::open(path)?)?;
    Ok(Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect())
}

fn walk(v: &Value, prefix: &str, out: &mut Vec<(String, u64, u64)>) {
    if let Some(files) = v.get("files").and_then(|f| f.as_object()) {
        for (name, n) in files {
            let p = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
            if n.get("files").is_some() {
                walk(n, &p, out);
            } else if let (Some(off), Some(size)) = (n.get("offset").and_then(|o| o.as_str()), n.get("size").and_then(|s| s.as_u64())) {
                out.push((p, off.parse().unwrap_or(0), size));
            }
        }
    }
}

pub fn list(path: &Path) -> io::Result<Vec<String>> {
    let (v, _, _) = read_header(&mut File::open(path)?)?;
    let mut out = Vec::new();
    walk(&v, "", &mut out);
    Ok(out.into_iter().map(|(p, _, _)| p).collect())
}

pub fn extract(path: &Path, dest: &Path) -> io::Result<()> {
    let mut f = File::open(path)?;
    let (v, _, base) = read_header(&mut f)?;
    let mut entries = Vec::new();
    walk(&v, "", &mut entries);
    for (p, off, size) in entries {
        if p.split('/').any(|c| c == ".." || c.is_empty()) {
            continue;
        }
        let target = dest.join(&p);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        f.seek(SeekFrom::Start(base + off))?;
        let mut buf = vec![0u8; size as usize];
        f.read_exact(&mut buf)?;
        std::fs::write(target, buf)?;
    }
    Ok(())
}

pub fn pack(dir: &Path, out: &Path) -> io::Result<String> {
    let mut root = Map::new();
    let mut data = Vec::new();
    let mut offset = 0u64;
    for e in walkdir::WalkDir::new(dir).sort_by_file_name().into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
        let bytes = std::fs::read(e.path())?;
        let mut cur = &mut root;
        let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        for part in &parts[..parts.len() - 1] {
            let node = cur.entry(part.clone()).or_insert_with(|| json!({ "files": {} }));
            cur = node.get_mut("files").and_then(|f| f.as_object_mut()).expect("dir");
        }
        cur.insert(parts[parts.len() - 1].clone(), json!({ "offset": offset.to_string(), "size": bytes.len() }));
        offset += bytes.len() as u64;
        data.push(bytes);
    }
    let json = serde_json::to_string(&json!({ "files": root }))?;
    let padded = (json.len() + 3) & !3;
    let mut f = File::create(out)?;
    f.write_all(&4u32.to_le_bytes())?;
    f.write_all(&((padded + 8) as u32).to_le_bytes())?;
    f.write_all(&((padded + 4) as u32).to_le_bytes())?;
    f.write_all(&(json.len() as u32).to_le_bytes())?;
    f.write_all(json.as_bytes())?;
    f.write_all(&vec![0u8; padded - json.len()])?;
    for d in data {
        f.write_all(&d)?;
    }
    Ok(Sha256::digest(json.as_bytes()).iter().map(|b| format!("{b:02x}")).collect())
}
