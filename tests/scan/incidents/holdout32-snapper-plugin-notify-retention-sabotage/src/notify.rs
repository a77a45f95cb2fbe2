//! Desktop notifications for every logged-in graphical user, and the optional mail digest.

use std::io::Write;
use std::process::{Command, Stdio};

pub fn desktop(summary: &str, body: &str) {
    let Ok(out) = Command::new("loginctl").args(["list-sessions", "--no-legend"]).output() else { return };
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let (Some(uid), Some(user)) = (f.get(1), f.get(2)) else { continue };
        let bus = format!("DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/{uid}/bus");
        let _ = Command::new("runuser").args(["-u", user, "--", "env", &bus, "notify-send", "-a", "snapper", "-i", "drive-harddisk", summary, body]).status();
    }
}

pub fn mail(to: &str, subject: &str, body: &str) {
    if let Ok(mut child) = Command::new("sendmail").arg("-t").stdin(Stdio::piped()).spawn() {
        if let Some(stdin) = child.stdin.as_mut() {
            let _ = write!(stdin, "To: {to}\nSubject: {subject}\n\n{body}\n");
        }
        let _ = child.wait();
    }
}
