use std::path::Path;

/// The capture tool of the platform and its arguments.
pub fn command(out: &Path, select: bool) -> (&'static str, Vec<String>) {
    let out = out.display().to_string();
    if cfg!(target_os = "macos") {
        let mut a = vec!["-x".to_owned()];
        if select {
            a.push("-i".into());
        }
        a.push(out);
        ("screencapture", a)
    } else if std::env::var_os("WAYLAND_DISPLAY").is_some() {
        if select {
            ("sh", vec!["-c".into(), format!("grim -g \"$(slurp)\" '{}'", out.replace('\'', ""))])
        } else {
            ("grim", vec![out])
        }
    } else if cfg!(windows) {
        ("snippingtool", vec!["/clip".into()])
    } else {
        let mut a = vec![];
        if !select {
            a.extend(["-window".to_owned(), "root".to_owned()]);
        }
        a.push(out);
        ("import", a)
    }
}
