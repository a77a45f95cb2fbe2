use std::path::Path;

mod kube;
mod release;
mod vm;

fn main() {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    match cmd.as_str() {
        "bundle-assets" => {
            let format = std::env::var("CARGO_PACKAGER_FORMAT").unwrap_or_else(|_| "any".into());
            if let Err(e) = bundle(&format) {
                eprintln!("xtask: assets: {e}");
                std::process::exit(1);
            }
            release::prepare_manifest(&format);
        }
        _ => eprintln!("usage: cargo xtask bundle-assets"),
    }
}

const SIZES: [(&str, &[u32]); 4] = [
    ("nsis", &[16, 32, 48, 256]),
    ("dmg", &[32, 128, 256, 512, 1024]),
    ("appimage", &[64, 128, 256]),
    ("deb", &[48, 64, 128, 256]),
];

pub fn bundle(format: &str) -> Result<(), Box<dyn std::error::Error>> {
    let src = Path::new("assets/icon.png");
    let out = Path::new("target/packager-assets").join(format);
    std::fs::create_dir_all(&out)?;
    if src.exists() {
        let img = image::open(src)?;
        let sizes = SIZES.iter().find(|(f, _)| *f == format).map(|(_, s)| *s).unwrap_or(&[256]);
        for &s in sizes {
            img.resize(s, s, image::imageops::FilterType::Lanczos3).save(out.join(format!("icon_{s}.png")))?;
        }
    }
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let names: Vec<&str> = lock.lines().filter_map(|l| l.strip_prefix("name = ")).map(|n| n.trim_matches('"')).collect();
    std::fs::write(out.join("THIRD-PARTY-LICENSES.txt"), format!("Tallyho bundles:\n{}\n", names.join("\n")))?;
    Ok(())
}
