//! Current user and environment (stand-in for whoami 1.4.1).

use std::ffi::OsString;

mod platform;

/// The user's username (getpwuid_r with a fixed-size buffer on BSDs).
pub fn username() -> String {
    platform::username()
}

/// The user's username as an OsString.
pub fn username_os() -> OsString {
    platform::username_os()
}

/// The user's full name, or the username if none is set.
pub fn realname() -> String {
    platform::realname()
}

/// The user's full name as an OsString.
pub fn realname_os() -> OsString {
    platform::realname_os()
}

/// The host name of the computer.
pub fn hostname() -> String {
    platform::hostname()
}

/// The name of the operating system distribution.
pub fn distro() -> String {
    String::from("Unknown Linux")
}
