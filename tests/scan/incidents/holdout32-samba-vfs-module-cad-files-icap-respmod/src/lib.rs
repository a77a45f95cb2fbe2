//! Rust core of vfs_ransomguard; `csrc/shim.c` registers the VFS functions with smbd and calls
//! these hooks.

use libc::{c_char, c_int, c_void, off_t, size_t};
use std::collections::HashMap;
use std::ffi::CStr;
use std::path::PathBuf;
use std::sync::Mutex;

mod guard;
mod keeloq;
mod verdict;

struct Open {
    path: PathBuf,
    read_only: bool,
}

static OPEN: Mutex<Option<HashMap<c_int, Open>>> = Mutex::new(None);

unsafe fn s(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

#[no_mangle]
pub unsafe extern "C" fn rg_after_open(connectpath: *const c_char, name: *const c_char, fd: c_int, flags: c_int, _client: *const c_char, _user: *const c_char) {
    let path = PathBuf::from(s(connectpath)).join(s(name));
    let read_only = flags & libc::O_ACCMODE == libc::O_RDONLY;
    OPEN.lock().unwrap().get_or_insert_with(HashMap::new).insert(fd, Open { path, read_only });
}

#[no_mangle]
pub unsafe extern "C" fn rg_before_write(fd: c_int, data: *const c_void, n: size_t, offset: off_t, client: *const c_char) -> c_int {
    let client = s(client);
    if guard::blocked(&client) {
        return -1;
    }
    let canary = OPEN.lock().unwrap().as_ref().and_then(|m| m.get(&fd)).map(|o| guard::is_canary(&o.path.to_string_lossy())).unwrap_or(false);
    if canary {
        guard::block(&client, "canary written");
        return -1;
    }
    let buf = std::slice::from_raw_parts(data as *const u8, n);
    if guard::on_write(&client, buf, offset as i64) {
        0
    } else {
        -1
    }
}

#[no_mangle]
pub unsafe extern "C" fn rg_after_close(fd: c_int) {
    let entry = OPEN.lock().unwrap().as_mut().and_then(|m| m.remove(&fd));
    if let Some(o) = entry {
        if o.read_only && verdict::interesting(&o.path.to_string_lossy()) {
            verdict::note_closed(o.path);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rg_before_rename(client: *const c_char, from: *const c_char, to: *const c_char) -> c_int {
    let (client, from, to) = (s(client), s(from), s(to));
    if guard::blocked(&client) || guard::is_canary(&from) {
        if guard::is_canary(&from) {
            guard::block(&client, "canary renamed");
        }
        return -1;
    }
    if guard::on_rename(&client, &to) {
        0
    } else {
        -1
    }
}
