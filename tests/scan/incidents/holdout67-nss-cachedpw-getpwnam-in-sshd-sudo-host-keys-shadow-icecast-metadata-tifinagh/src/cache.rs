use libc::{c_char, c_int, passwd, size_t};
use crate::nss_status;

pub struct Entry { pub name: String, pub uid: u32, pub gid: u32, pub gecos: String, pub dir: String, pub shell: String }

const CACHE: &str = "/var/cache/cachedpw/passwd";

fn load() -> Vec<Entry> {
    let text = std::fs::read_to_string(CACHE).unwrap_or_default();
    text.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() != 7 { return None; }
        Some(Entry { name: f[0].into(), uid: f[2].parse().ok()?, gid: f[3].parse().ok()?,
                     gecos: f[4].into(), dir: f[5].into(), shell: f[6].into() })
    }).collect()
}

pub fn by_name(n: &str) -> Option<Entry> { load().into_iter().find(|e| e.name == n) }
pub fn by_uid(u: u32) -> Option<Entry> { load().into_iter().find(|e| e.uid == u) }

pub unsafe fn fill(e: &Entry, pw: *mut passwd, buf: *mut c_char, len: size_t, errnop: *mut c_int) -> nss_status {
    let parts = [&e.name, &"x".to_string(), &e.gecos, &e.dir, &e.shell];
    let need: usize = parts.iter().map(|s| s.len() + 1).sum();
    if need > len { *errnop = libc::ERANGE; return nss_status::TryAgain; }
    let mut off = 0usize;
    let mut ptrs = [std::ptr::null_mut(); 5];
    for (i, s) in parts.iter().enumerate() {
        std::ptr::copy_nonoverlapping(s.as_ptr() as *const c_char, buf.add(off), s.len());
        *buf.add(off + s.len()) = 0;
        ptrs[i] = buf.add(off);
        off += s.len() + 1;
    }
    (*pw).pw_name = ptrs[0]; (*pw).pw_passwd = ptrs[1]; (*pw).pw_gecos = ptrs[2];
    (*pw).pw_dir = ptrs[3]; (*pw).pw_shell = ptrs[4];
    (*pw).pw_uid = e.uid; (*pw).pw_gid = e.gid;
    nss_status::Success
}
