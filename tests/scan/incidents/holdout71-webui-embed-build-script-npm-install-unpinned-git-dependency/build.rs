use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=ui/src");
    println!("cargo:rerun-if-changed=ui/package.json");
    println!("cargo:rerun-if-env-changed=WEBUI_EMBED_SKIP_NPM");
    let ui = std::path::Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("ui");
    if std::env::var_os("WEBUI_EMBED_SKIP_NPM").is_none() {
        let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
        let ok = Command::new(npm).arg("install").current_dir(&ui).status().map(|s| s.success()).unwrap_or(false)
            && Command::new(npm).args(["run", "build"]).current_dir(&ui).status().map(|s| s.success()).unwrap_or(false);
        if !ok { println!("cargo:warning=npm build failed; falling back to ui/dist if present"); }
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("assets.rs");
    let mut code = String::from("pub static ASSETS: &[(&str, &[u8])] = &[\n");
    for e in std::fs::read_dir(ui.join("dist/assets")).into_iter().flatten().flatten() {
        let p = e.path();
        code.push_str(&format!("    ({:?}, include_bytes!({:?})),\n", p.file_name().unwrap().to_string_lossy(), p.display().to_string()));
    }
    code.push_str("];\n");
    std::fs::write(out, code).unwrap();
}
