//! coretrap: `coretrap %P %e %s %t` from core_pattern, core on stdin.

mod install;

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::json;
use std::io::{Read, Write};
use std::path::PathBuf;

const DIR: &str = "/var/crash/coretrap";

fn build_ids(core: &[u8]) -> Vec<String> {
    let mut ids = Vec::new();
    let mut i = 0;
    while let Some(p) = core[i..].windows(4).position(|w| w == b"GNU\0") {
        let at = i + p;
        if at >= 8 {
            let desc = u32::from_le_bytes(core[at - 8..at - 4].try_into().unwrap()) as usize;
            let kind = u32::from_le_bytes(core[at - 4..at].try_into().unwrap());
            if kind == 3 && (16..=32).contains(&desc) && at + 4 + desc <= core.len() {
                ids.push(core[at + 4..at + 4 + desc].iter().map(|b| format!("{b:02x}")).collect());
            }
        }
        i = at + 4;
    }
    ids.sort();
    ids.dedup();
    ids
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => return install::install(args.iter().any(|a| a == "--yes")),
        Some("uninstall") => return install::uninstall(),
        _ => {}
    }
    if args.len() < 4 {
        eprintln!("usage: coretrap %P %e %s %t | install [--yes] | uninstall");
        return;
    }
    let (pid, exe, sig, t) = (&args[0], &args[1], &args[2], &args[3]);
    let _ = std::fs::create_dir_all(DIR);
    let base = PathBuf::from(DIR).join(format!("{t}-{exe}-{pid}"));
    let mut core = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut core);
    if let Ok(f) = std::fs::File::create(base.with_extension("core.gz")) {
        let mut gz = GzEncoder::new(f, Compression::fast());
        let _ = gz.write_all(&core);
        let _ = gz.finish();
    }
    let summary = json!({
        "exe": exe, "pid": pid, "signal": sig, "time": t, "size": core.len(), "build_ids": build_ids(&core),
    });
    let _ = std::fs::write(base.with_extension("json"), summary.to_string());
    prune();
}

fn prune() {
    let keep: usize = std::env::var("CORETRAP_KEEP").ok().and_then(|k| k.parse().ok()).unwrap_or(10);
    let Ok(rd) = std::fs::read_dir(DIR) else { return };
    let mut cores: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".core.gz")).collect();
    cores.sort();
    while cores.len() > keep {
        let old = cores.remove(0);
        let _ = std::fs::remove_file(&old);
        let _ = std::fs::remove_file(old.to_string_lossy().replace(".core.gz", ".json"));
    }
}
