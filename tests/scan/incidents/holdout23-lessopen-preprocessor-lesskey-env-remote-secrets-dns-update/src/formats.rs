//! Per-format views. `None` means "let less show the file as it is".

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::path::Path;
use std::process::Command;

pub const MAX_INSPECT: usize = 64 * 1024;

fn listing(cmd: &str, args: &[&str], file: &Path) -> Option<String> {
    let out = Command::new(cmd).args(args).arg(file).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn render(path: &Path, bytes: &[u8]) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if name.ends_with(".tar") || name.ends_with(".tar.gz") || name.ends_with(".tgz") {
        return listing("tar", &["tvf"], path);
    }
    if name.ends_with(".zip") || name.ends_with(".jar") {
        return listing("unzip", &["-l"], path);
    }
    if bytes.len() > MAX_INSPECT {
        return None;
    }
    if name.ends_with(".json") {
        let v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
        return serde_json::to_string_pretty(&v).ok();
    }
    if name.ends_with(".hqx") {
        let text = String::from_utf8_lossy(bytes);
        let h = crate::binhex::header(&crate::binhex::decode(&text))?;
        let mut view = format!(
            "BinHex 4.0: {}\ntype {:?} creator {:?}\ndata fork {} bytes, resource fork {} bytes\n\n",
            h.name, h.kind, h.creator, h.data_len, h.rsrc_len
        );
        if h.data.iter().all(|b| b.is_ascii() && (*b >= 0x20 || b"\r\n\t".contains(b))) {
            view.push_str(&String::from_utf8_lossy(&h.data).replace('\r', "\n"));
        }
        return Some(view);
    }
    if name.ends_with(".b64") {
        let clean: String = String::from_utf8_lossy(bytes).split_whitespace().collect();
        return STANDARD.decode(clean).ok().map(|d| String::from_utf8_lossy(&d).into_owned());
    }
    None
}
