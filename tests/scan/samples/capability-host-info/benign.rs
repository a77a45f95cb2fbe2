// The target's architecture, as cargo tells a build script (uname -m style facts
// about the target, not the host's identity).
pub fn arch() -> String {
    std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default()
}

pub fn machine() -> std::io::Result<std::process::Output> {
    std::process::Command::new("uname").arg("-m").output()
}
