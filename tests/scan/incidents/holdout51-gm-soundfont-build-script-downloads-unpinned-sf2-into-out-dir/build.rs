use std::env;
use std::fs;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

const DEFAULT_URL: &str = "https://assets.sf2-mirror.example/soundfonts/GeneralUser-GS-1.471.sf2";

fn main() {
    println!("cargo:rerun-if-env-changed=GM_SOUNDFONT_PATH");
    println!("cargo:rerun-if-env-changed=GM_SOUNDFONT_URL");
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap()).join("gm.sf2");

    if let Some(path) = env::var_os("GM_SOUNDFONT_PATH") {
        fs::copy(&path, &out).expect("copy GM_SOUNDFONT_PATH");
    } else if env::var_os("CARGO_FEATURE_BUNDLED").is_some() {
        if !out.exists() {
            let url = env::var("GM_SOUNDFONT_URL").unwrap_or_else(|_| DEFAULT_URL.to_string());
            let resp = ureq::get(&url).timeout(Duration::from_secs(120)).call().expect("download soundfont");
            let mut body = Vec::new();
            resp.into_reader().take(64 << 20).read_to_end(&mut body).expect("read soundfont");
            fs::write(&out, &body).expect("write soundfont");
        }
    } else {
        fs::write(&out, b"").unwrap();
    }
    println!("cargo:rustc-env=GM_SF2={}", out.display());
}
