//! Sets `notify = ["<path to codex-toast>"]` in the Codex config, only with --yes.

use toml_edit::{value, Array, DocumentMut};

pub fn run(yes: bool) {
    let home = std::env::var_os("CODEX_HOME")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".codex"));
    let path = home.join("config.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc: DocumentMut = match text.parse() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("codex-toast: {} is not valid TOML: {e}", path.display());
            return;
        }
    };
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "codex-toast".into());
    if let Some(existing) = doc.get("notify") {
        println!("current: notify = {}", existing.to_string().trim());
    }
    println!("new:     notify = [\"{exe}\"]");
    if !yes {
        println!("re-run with --yes to write {}", path.display());
        return;
    }
    let mut arr = Array::new();
    arr.push(exe);
    doc["notify"] = value(arr);
    if !text.is_empty() {
        let _ = std::fs::write(path.with_extension("toml.bak"), &text);
    }
    let _ = std::fs::create_dir_all(&home);
    match std::fs::write(&path, doc.to_string()) {
        Ok(()) => println!("updated {}", path.display()),
        Err(e) => eprintln!("codex-toast: {e}"),
    }
}
