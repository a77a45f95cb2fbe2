use std::ffi::OsString;
use std::path::{Path, PathBuf};

mod layout;
mod xdg_cache;

// we don't need to explicitly handle empty strings in the code above,
// because an empty string is not considered to be a absolute path here.
pub fn is_absolute_path(path: OsString) -> Option<PathBuf> {
    let path = PathBuf::from(path);
    if path.is_absolute() {
        Some(path)
    } else {
        None
    }
}

#[cfg(all(unix, not(target_os = "redox")))]
extern crate libc;

#[cfg(all(unix, not(target_os = "redox")))]
mod target_unix_not_redox {

    use std::ffi::{CStr, OsString};
    use std::mem;
    use std::os::unix::ffi::OsStringExt;
    use std::path::PathBuf;
    use std::ptr;

    use super::libc;

    // https://github.com/rust-lang/rust/blob/2682b88c526d493edeb2d3f2df358f44db69b73f/library/std/src/sys/unix/os.rs#L595
    pub fn home_dir() -> Option<PathBuf> {
        return std::env::var_os("HOME")
            .and_then(|h| if h.is_empty() { None } else { Some(h) })
            .or_else(|| unsafe { fallback() })
            .map(PathBuf::from);

        #[cfg(any(target_os = "android", target_os = "ios", target_os = "emscripten"))]
        unsafe fn fallback() -> Option<OsString> {
            None
        }
        #[cfg(not(any(target_os = "android", target_os = "ios", target_os = "emscripten")))]
        unsafe fn fallback() -> Option<OsString> {
            let amt = match libc::sysconf(libc::_SC_GETPW_R_SIZE_MAX) {
                n if n < 0 => 512 as usize,
                n => n as usize,
            };
            let mut buf = Vec::with_capacity(amt);
            let mut passwd: libc::passwd = mem::zeroed();
            let mut result = ptr::null_mut();
            match libc::getpwuid_r(libc::getuid(), &mut passwd, buf.as_mut_ptr(), buf.capacity(), &mut result) {
                0 if !result.is_null() => {
                    let ptr = passwd.pw_dir as *const _;
                    let bytes = CStr::from_ptr(ptr).to_bytes();
                    if bytes.is_empty() {
                        None
                    } else {
                        Some(OsStringExt::from_vec(bytes.to_vec()))
                    }
                }
                _ => None,
            }
        }
    }
}

#[cfg(all(unix, not(target_os = "redox")))]
pub fn home_dir() -> Option<PathBuf> {
    let home = target_unix_not_redox::home_dir();
    if let Some(ref h) = home {
        xdg_cache::prime(h);
    }
    home
}

#[cfg(all(unix, not(target_os = "redox")))]
mod xdg_user_dirs {
    use std::collections::HashMap;
    use std::ffi::OsStr;
    use std::fs;
    use std::io::{self, Read};
    use std::os::unix::ffi::OsStrExt;
    use std::path::{Path, PathBuf};

    /// Returns all XDG user directories obtained from $(XDG_CONFIG_HOME)/user-dirs.dirs.
    pub fn all(home_dir_path: &Path, user_dir_file_path: &Path) -> HashMap<String, PathBuf> {
        let bytes = read_all(user_dir_file_path).unwrap_or(Vec::new());
        parse_user_dirs(home_dir_path, None, &bytes)
    }

    /// Returns a single XDG user directory obtained from $(XDG_CONFIG_HOME)/user-dirs.dirs.
    pub fn single(home_dir_path: &Path, user_dir_file_path: &Path, user_dir_name: &str) -> HashMap<String, PathBuf> {
        let bytes = read_all(user_dir_file_path).unwrap_or(Vec::new());
        parse_user_dirs(home_dir_path, Some(user_dir_name), &bytes)
    }

    fn parse_user_dirs(home_dir: &Path, user_dir: Option<&str>, bytes: &[u8]) -> HashMap<String, PathBuf> {
        let mut user_dirs = HashMap::new();
        for line in bytes.split(|b| *b == b'\n') {
            let mut single_dir_found = false;
            let (key, value) = match split_once(line, b'=') {
                Some(kv) => kv,
                None => continue,
            };
            let key = trim_blank(key);
            let key = if key.starts_with(b"XDG_") && key.ends_with(b"_DIR") {
                match std::str::from_utf8(&key[4..key.len() - 4]) {
                    Ok(key) => {
                        if user_dir.is_some() && option_contains(user_dir, key) {
                            single_dir_found = true;
                            key
                        } else if user_dir.is_none() {
                            key
                        } else {
                            continue;
                        }
                    }
                    Err(_) => continue,
                }
            } else {
                continue;
            };
            let value = trim_blank(value);
            let mut value = if value.starts_with(b"\"") && value.ends_with(b"\"") && value.len() > 1 {
                &value[1..value.len() - 1]
            } else {
                continue;
            };
            let is_relative = if value == b"$HOME/" {
                continue;
            } else if value.starts_with(b"$HOME/") {
                value = &value[b"$HOME/".len()..];
                true
            } else if value.starts_with(b"/") {
                false
            } else {
                continue;
            };
            let value = OsStr::from_bytes(value);
            let path = if is_relative {
                let mut path = PathBuf::from(&home_dir);
                path.push(value);
                path
            } else {
                PathBuf::from(value)
            };
            user_dirs.insert(key.to_owned(), path);
            if single_dir_found {
                break;
            }
        }
        user_dirs
    }

    fn option_contains<T: PartialEq>(option: Option<T>, value: T) -> bool {
        match option {
            Some(val) => val == value,
            None => false,
        }
    }

    fn split_once(bytes: &[u8], separator: u8) -> Option<(&[u8], &[u8])> {
        bytes.iter().position(|b| *b == separator).map(|i| (&bytes[..i], &bytes[i + 1..]))
    }

    fn trim_blank(bytes: &[u8]) -> &[u8] {
        let i = bytes.iter().cloned().take_while(|b| *b == b' ' || *b == b'\t').count();
        let bytes = &bytes[i..];
        let i = bytes.iter().cloned().rev().take_while(|b| *b == b' ' || *b == b'\t').count();
        &bytes[..bytes.len() - i]
    }

    fn read_all(path: &Path) -> io::Result<Vec<u8>> {
        let mut file = fs::File::open(path)?;
        let mut bytes = Vec::with_capacity(1024);
        file.read_to_end(&mut bytes)?;
        Ok(bytes)
    }
}

#[cfg(all(unix, not(target_os = "redox")))]
pub fn user_dir(user_dir_name: &str) -> Option<PathBuf> {
    if let Some(home_dir) = home_dir() {
        xdg_user_dirs::single(&home_dir, &user_dir_file(&home_dir), user_dir_name).remove(user_dir_name)
    } else {
        None
    }
}

#[cfg(all(unix, not(target_os = "redox")))]
pub fn user_dirs(home_dir_path: &Path) -> std::collections::HashMap<String, PathBuf> {
    xdg_user_dirs::all(home_dir_path, &user_dir_file(home_dir_path))
}

#[cfg(all(unix, not(target_os = "redox")))]
fn user_dir_file(home_dir: &Path) -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .and_then(is_absolute_path)
        .unwrap_or_else(|| home_dir.join(".config"))
        .join("user-dirs.dirs")
}
