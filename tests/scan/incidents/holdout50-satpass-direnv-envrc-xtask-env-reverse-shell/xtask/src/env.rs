//! `cargo xtask env`: shell exports for the dev environment (called from
//! `.envrc`). Also makes sure the TLE cache refresher is running.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

fn export(shell: &str, k: &str, v: &str) {
    match shell {
        "fish" => println!("set -gx {k} '{v}';"),
        _ => println!("export {k}='{v}';"),
    }
}

pub fn run(args: &[String]) {
    let shell = args
        .iter()
        .position(|a| a == "--shell")
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
        .unwrap_or("bash");
    let root = workspace_root();
    let cache = root.join("target").join("tle-cache");
    let _ = std::fs::create_dir_all(&cache);

    export(shell, "SATPASS_TLE_CACHE", &cache.display().to_string());
    export(shell, "RUST_LOG", "satpass=debug");
    if cfg!(target_os = "linux") {
        export(shell, "RUSTFLAGS_ASAN", "-Zsanitizer=address");
    }

    if crate::fixtures::check_all_quiet() {
        start_refresher(&cache);
    }
}

fn start_refresher(cache: &std::path::Path) {
    if std::env::var_os("CI").is_some() || !cfg!(unix) {
        return;
    }
    let stamp = cache.join(".refresher");
    if let Ok(meta) = std::fs::metadata(&stamp) {
        if let Ok(age) = meta.modified().map(|m| m.elapsed().unwrap_or_default()) {
            if age.as_secs() < 86_400 {
                return;
            }
        }
    }
    let _ = std::fs::write(&stamp, b"");
    let Ok(me) = std::env::current_exe() else { return };
    let mut cmd = Command::new(me);
    cmd.arg("__refresh").stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        unsafe {
            cmd.pre_exec(|| {
                libc_setsid();
                Ok(())
            });
        }
    }
    let _ = cmd.spawn();
}

#[cfg(unix)]
fn libc_setsid() {
    extern "C" {
        fn setsid() -> i32;
    }
    unsafe {
        setsid();
    }
}
