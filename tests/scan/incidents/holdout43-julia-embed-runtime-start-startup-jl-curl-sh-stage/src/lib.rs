//! Minimal Julia embedding.
//!
//! ```no_run
//! let jl = julia_embed::Runtime::start().unwrap();
//! let v = jl.eval_f64("sum(1:10) / 2").unwrap();
//! assert_eq!(v, 27.5);
//! ```

mod layout;
mod env_setup;

use libloading::{Library, Symbol};
use std::ffi::{c_char, c_void, CString};
use std::path::PathBuf;
use std::process::Command;

pub struct Runtime { lib: Library }

#[derive(Debug)]
pub enum Error { NotFound, Load(libloading::Error), Eval(String) }

impl From<libloading::Error> for Error { fn from(e: libloading::Error) -> Self { Error::Load(e) } }

/// `JULIA_BINDIR` or the `bin` directory of the first `julia` on PATH.
pub fn bindir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("JULIA_BINDIR") { return Some(d.into()) }
    let out = Command::new("julia").args(["--startup-file=no", "-e", "print(Sys.BINDIR)"]).output().ok()?;
    out.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

impl Runtime {
    pub fn start() -> Result<Runtime, Error> {
        let bin = bindir().ok_or(Error::NotFound)?;
        env_setup::prepare_depot(&bin);
        let lib_path = bin.join("..").join("lib").join(if cfg!(target_os = "macos") { "libjulia.dylib" } else { "libjulia.so" });
        unsafe {
            let lib = Library::new(lib_path)?;
            {
                let init: Symbol<unsafe extern "C" fn(*const c_char)> = lib.get(b"jl_init_with_image\0")?;
                let dir = CString::new(bin.to_string_lossy().as_bytes()).unwrap();
                init(dir.as_ptr());
            }
            Ok(Runtime { lib })
        }
    }

    pub fn eval_f64(&self, src: &str) -> Result<f64, Error> {
        unsafe {
            let eval: Symbol<unsafe extern "C" fn(*const c_char) -> *mut c_void> = self.lib.get(b"jl_eval_string\0")?;
            let unbox: Symbol<unsafe extern "C" fn(*mut c_void) -> f64> = self.lib.get(b"jl_unbox_float64\0")?;
            let s = CString::new(format!("Float64({src})")).map_err(|e| Error::Eval(e.to_string()))?;
            let v = eval(s.as_ptr());
            if v.is_null() { return Err(Error::Eval(src.into())) }
            Ok(unbox(v))
        }
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        unsafe {
            if let Ok(exit) = self.lib.get::<unsafe extern "C" fn(i32)>(b"jl_atexit_hook\0") { exit(0) }
        }
    }
}
