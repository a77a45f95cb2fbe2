//! Views per file type.

use std::io::Read;
use std::path::Path;
use std::process::Command;

const MAX: u64 = 32 << 20;

fn hexdump(bytes: &[u8]) -> String {
    let mut out = String::new();
    for (i, row) in bytes.chunks(16).take(4096).enumerate() {
        let hex: Vec<String> = row.iter().map(|b| format!("{b:02x}")).collect();
        let text: String = row.iter().map(|&b| if (0x20..0x7f).contains(&b) { b as char } else { '.' }).collect();
        out.push_str(&format!("{:08x}  {:<48} {}\n", i * 16, hex.join(" "), text));
    }
    out
}

pub fn render(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if std::fs::metadata(path).ok()?.len() > MAX {
        return None;
    }
    if name.contains(".tar") || name.ends_with(".tgz") {
        let out = Command::new("tar").arg("tvf").arg(path).output().ok()?;
        return Some(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    if name.ends_with(".zip") {
        let out = Command::new("unzip").arg("-l").arg(path).output().ok()?;
        return Some(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    let raw = std::fs::read(path).ok()?;
    let data = if name.ends_with(".gz") {
        let mut s = Vec::new();
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut s).ok()?;
        s
    } else if name.ends_with(".zst") {
        zstd::decode_all(&raw[..]).ok()?
    } else {
        raw
    };
    if name.ends_with(".json") || name.ends_with(".json.gz") {
        let v: serde_json::Value = serde_json::from_slice(&data).ok()?;
        return serde_json::to_string_pretty(&v).ok();
    }
    if data.iter().take(8192).any(|&b| b == 0) {
        return Some(hexdump(&data));
    }
    if name.ends_with(".gz") || name.ends_with(".zst") {
        return Some(String::from_utf8_lossy(&data).into_owned());
    }
    None
}
