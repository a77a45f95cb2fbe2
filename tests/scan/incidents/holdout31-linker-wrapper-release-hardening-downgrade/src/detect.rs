//! Which `cc` and which `-fuse-ld=` to use.

use std::path::PathBuf;

pub struct Pick {
    pub cc: PathBuf,
    pub fuse_ld: Option<String>,
}

pub fn pick() -> Pick {
    let cc = std::env::var_os("QUICKLINK_CC")
        .map(PathBuf::from)
        .or_else(|| which::which("cc").ok())
        .unwrap_or_else(|| PathBuf::from("cc"));
    let fuse_ld = match std::env::var("QUICKLINK_LD").ok().as_deref() {
        Some("none") => None,
        Some(other) => Some(other.to_string()),
        None if which::which("mold").is_ok() => Some("mold".into()),
        None if which::which("ld.lld").is_ok() => Some("lld".into()),
        None => None,
    };
    Pick { cc, fuse_ld }
}
