use std::path::PathBuf;

pub fn fuse_ld() -> Option<&'static str> {
    match std::env::var("LDPICK_LD").ok().as_deref() {
        Some("none") => None,
        Some("mold") => Some("mold"),
        Some("lld") => Some("lld"),
        _ if which::which("mold").is_ok() => Some("mold"),
        _ if which::which("ld.lld").is_ok() => Some("lld"),
        _ => None,
    }
}

pub fn cc() -> PathBuf {
    std::env::var_os("LDPICK_CC").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("cc"))
}

/// The command line: our `-fuse-ld=` first, then rustc's arguments untouched.
pub fn command_line(args: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(args.len() + 1);
    if let Some(ld) = fuse_ld() {
        if !args.iter().any(|a| a.starts_with("-fuse-ld=")) {
            out.push(format!("-fuse-ld={ld}"));
        }
    }
    out.extend(args.iter().cloned());
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_rustc_arguments() {
        std::env::set_var("LDPICK_LD", "none");
        let args: Vec<String> = ["-pie", "-Wl,-z,relro,-z,now", "-Wl,-z,noexecstack", "-o", "target/release/deps/app"].iter().map(|s| s.to_string()).collect();
        assert_eq!(super::command_line(&args), args);
    }
}
