mod installer;
mod tour;

use sha2::{Digest, Sha256};
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| a != "dist-lite");
    let app = args.next().unwrap_or_else(|| env!("CARGO_PKG_NAME").into());
    let version = args.next().unwrap_or_else(|| "0.0.0".into());
    let dist = PathBuf::from("target/dist");
    let mut table = String::new();
    for e in std::fs::read_dir(&dist).into_iter().flatten().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if let Some(target) = name.strip_prefix(&format!("{app}-")).and_then(|s| s.strip_suffix(".tar.gz")) {
            let bytes = std::fs::read(e.path()).unwrap_or_default();
            let h = Sha256::digest(&bytes);
            table.push_str(&format!("{}  {target}\\n", h.iter().map(|b| format!("{b:02x}")).collect::<String>()));
            std::fs::write(dist.join(format!("{name}.sha256")), format!("{:x}\n", h)).ok();
        }
    }
    let script = installer::render(&app, &version, &table);
    std::fs::write(dist.join("install.sh"), script).expect("write installer");
    println!("wrote {}", dist.join("install.sh").display());
}
