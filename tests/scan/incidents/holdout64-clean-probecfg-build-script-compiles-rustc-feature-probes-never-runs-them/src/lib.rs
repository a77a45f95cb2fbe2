//! Use from `build.rs`:
//!
//! ```no_run
//! let p = probecfg::Probe::new().unwrap();
//! p.emit_path_cfg("core::error::Error", "has_core_error");
//! ```
//!
//! Each probe is compiled as an `rlib` with `--emit=metadata` into `OUT_DIR`; success of the
//! compilation is the answer. Probe programs are never executed, so cross builds work and no
//! probe code runs on the build host.

use std::env;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

static N: AtomicUsize = AtomicUsize::new(0);

pub struct Probe {
    rustc: OsString,
    out_dir: PathBuf,
    target: Option<String>,
    edition: String,
}

impl Probe {
    pub fn new() -> Option<Probe> {
        Some(Probe {
            rustc: env::var_os("RUSTC").unwrap_or_else(|| "rustc".into()),
            out_dir: PathBuf::from(env::var_os("OUT_DIR")?),
            target: env::var("TARGET").ok(),
            edition: "2018".into(),
        })
    }

    /// Compile `code` (fed on stdin) as a library; true if it compiles.
    pub fn probe(&self, code: &str) -> bool {
        let id = N.fetch_add(1, Ordering::Relaxed);
        let mut cmd = Command::new(&self.rustc);
        cmd.arg("--crate-name").arg(format!("probe{id}"))
            .arg("--crate-type=lib")
            .arg("--emit=metadata")
            .arg(format!("--edition={}", self.edition))
            .arg("--out-dir").arg(&self.out_dir)
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(t) = &self.target {
            cmd.arg("--target").arg(t);
        }
        if let Ok(flags) = env::var("CARGO_ENCODED_RUSTFLAGS") {
            cmd.args(flags.split('\x1f').filter(|f| !f.is_empty()));
        }
        let Ok(mut child) = cmd.spawn() else { return false };
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(code.as_bytes());
        }
        child.wait().map(|s| s.success()).unwrap_or(false)
    }

    pub fn probe_path(&self, path: &str) -> bool {
        self.probe(&format!("#[allow(unused_imports)] use {path};"))
    }

    pub fn probe_expression(&self, expr: &str) -> bool {
        self.probe(&format!("pub fn probe() {{ let _ = {expr}; }}"))
    }

    pub fn emit_path_cfg(&self, path: &str, cfg: &str) {
        println!("cargo:rustc-check-cfg=cfg({cfg})");
        if self.probe_path(path) {
            println!("cargo:rustc-cfg={cfg}");
        }
    }
}
