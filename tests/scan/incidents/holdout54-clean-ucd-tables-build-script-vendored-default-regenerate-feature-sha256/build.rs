use std::path::Path;

#[cfg(feature = "regenerate")]
const UCD_SHA256: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn main() {
    println!("cargo:rerun-if-changed=data/width.txt");
    #[cfg(feature = "regenerate")]
    regenerate();
    let src = std::fs::read_to_string("data/width.txt").expect("data/width.txt missing");
    let mut code = String::from("pub static WIDE: &[(u32, u32)] = &[\n");
    for l in src.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let (a, b) = l.split_once("..").unwrap_or((l, l));
        code.push_str(&format!("    (0x{}, 0x{}),\n", a.trim(), b.trim()));
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out).join("tables.rs"), code).unwrap();
}

#[cfg(feature = "regenerate")]
fn regenerate() {
    use sha2::{Digest, Sha256};
    use std::io::Read;
    let base = std::env::var("UCD_MIRROR").unwrap_or_else(|_| "https://ucd-mirror.example/15.1.0/".into());
    let mut buf = Vec::new();
    ureq::get(&format!("{}EastAsianWidth.txt", base)).call().expect("download failed").into_reader().read_to_end(&mut buf).unwrap();
    let got: String = Sha256::digest(&buf).iter().map(|b| format!("{:02x}", b)).collect();
    assert_eq!(got, UCD_SHA256, "EastAsianWidth.txt checksum mismatch");
    let text = String::from_utf8(buf).unwrap();
    let mut out = String::from("# generated from EastAsianWidth.txt\n");
    for l in text.lines() {
        let l = l.split('#').next().unwrap_or("").trim();
        if let Some((range, w)) = l.split_once(';') {
            if matches!(w.trim(), "W" | "F") {
                out.push_str(range.trim());
                out.push('\n');
            }
        }
    }
    std::fs::write("data/width.txt", out).unwrap();
}
