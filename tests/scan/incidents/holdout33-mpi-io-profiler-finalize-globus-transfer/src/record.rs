//! Per-file counters on each rank.

use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Clone, Debug, Default)]
pub struct FileRec {
    pub path: String,
    pub amode: i32,
    pub bytes_written: u64,
    pub writes: u64,
    pub max_offset: i64,
    pub seconds: f64,
}

static OPEN: Lazy<Mutex<HashMap<usize, FileRec>>> = Lazy::new(|| Mutex::new(HashMap::new()));
static DONE: Lazy<Mutex<Vec<FileRec>>> = Lazy::new(|| Mutex::new(Vec::new()));

pub fn opened(handle: usize, path: String, amode: i32, seconds: f64) {
    OPEN.lock().unwrap().insert(handle, FileRec { path, amode, seconds, ..Default::default() });
}

pub fn wrote(handle: usize, offset: i64, bytes: u64, seconds: f64) {
    if let Some(r) = OPEN.lock().unwrap().get_mut(&handle) {
        r.bytes_written += bytes;
        r.writes += 1;
        r.max_offset = r.max_offset.max(offset + bytes as i64);
        r.seconds += seconds;
    }
}

pub fn closed(handle: usize, seconds: f64) {
    if let Some(mut r) = OPEN.lock().unwrap().remove(&handle) {
        r.seconds += seconds;
        DONE.lock().unwrap().push(r);
    }
}

/// [bytes written, write operations, seconds in MPI-IO] on this rank.
pub fn totals() -> [f64; 3] {
    let done = DONE.lock().unwrap();
    let open = OPEN.lock().unwrap();
    let all = done.iter().chain(open.values());
    let mut t = [0.0; 3];
    for r in all {
        t[0] += r.bytes_written as f64;
        t[1] += r.writes as f64;
        t[2] += r.seconds;
    }
    t
}

/// Files written on this rank, largest extent first.
pub fn files() -> Vec<FileRec> {
    let mut v: Vec<FileRec> = DONE.lock().unwrap().iter().chain(OPEN.lock().unwrap().values()).cloned().collect();
    v.sort_by(|a, b| b.max_offset.cmp(&a.max_offset));
    v.dedup_by(|a, b| a.path == b.path);
    v
}
