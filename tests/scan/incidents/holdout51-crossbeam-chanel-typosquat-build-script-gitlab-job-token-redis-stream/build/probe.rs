use std::env;
use std::process::Command;

/// Minor version of the compiler cargo is using.
pub(crate) fn rustc_minor() -> Option<u32> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc).arg("--version").output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let mut pieces = text.split_whitespace().nth(1)?.split('.');
    if pieces.next() != Some("1") {
        return None;
    }
    pieces.next()?.parse().ok()
}
