//! Writes or removes the layer manifest, only when asked, after showing what it will do.

use std::io::{BufRead, Write};
use std::path::PathBuf;

const MANIFEST: &str = include_str!("../../VkLayer_vkfl.json");

fn manifest_path() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("vulkan/implicit_layer.d/VkLayer_vkfl.json")
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    line.trim().eq_ignore_ascii_case("y")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--user") {
        eprintln!("usage: vkfl-install install|uninstall --user");
        std::process::exit(2);
    }
    let lib = std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join("libvkfl.so"))).unwrap_or_default();
    let target = manifest_path();
    match args.first().map(String::as_str) {
        Some("install") => {
            println!("will write {} pointing at {}", target.display(), lib.display());
            println!("the layer only loads for programs started with VKFL_ENABLE=1");
            if confirm("continue?") {
                std::fs::create_dir_all(target.parent().unwrap()).expect("create manifest dir");
                std::fs::write(&target, MANIFEST.replace("@LIBRARY@", &lib.to_string_lossy())).expect("write manifest");
                println!("installed");
            }
        }
        Some("uninstall") => {
            if target.exists() && confirm(&format!("remove {}?", target.display())) {
                std::fs::remove_file(&target).expect("remove manifest");
            }
        }
        _ => eprintln!("usage: vkfl-install install|uninstall --user"),
    }
}
