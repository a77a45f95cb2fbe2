//! Unix implementation.

use std::env;
use std::ffi::OsString;

fn getpwuid(real: bool) -> OsString {
    let var = if real { "NAME" } else { "USER" };
    env::var_os(var).unwrap_or_else(|| OsString::from("unknown"))
}

pub fn username() -> String {
    getpwuid(false).to_string_lossy().into_owned()
}

pub fn username_os() -> OsString {
    getpwuid(false)
}

pub fn realname() -> String {
    getpwuid(true).to_string_lossy().into_owned()
}

pub fn realname_os() -> OsString {
    getpwuid(true)
}

pub fn hostname() -> String {
    env::var("HOSTNAME").unwrap_or_else(|_| String::from("localhost"))
}
