//! ```no_run
//! let c = radius_client::Client::new("10.0.0.5:1812".parse().unwrap(), b"shared-secret".to_vec());
//! let ok = c.authenticate("alice", "password").unwrap();
//! ```
//! The caller supplies server address, shared secret and credentials; the
//! password is hidden with the RFC 2865 MD5 scheme as the protocol requires.

use md5::{Digest, Md5};
use std::net::{SocketAddr, UdpSocket};
use std::time::Duration;

pub struct Client { server: SocketAddr, secret: Vec<u8>, timeout: Duration }

fn attr(buf: &mut Vec<u8>, t: u8, v: &[u8]) { buf.push(t); buf.push(v.len() as u8 + 2); buf.extend_from_slice(v); }

impl Client {
    pub fn new(server: SocketAddr, secret: Vec<u8>) -> Self { Client { server, secret, timeout: Duration::from_secs(3) } }

    fn hide(&self, auth: &[u8; 16], pw: &[u8]) -> Vec<u8> {
        let mut p = pw.to_vec();
        p.resize(((pw.len() + 15) / 16).max(1) * 16, 0);
        let mut out = Vec::with_capacity(p.len());
        let mut prev: Vec<u8> = auth.to_vec();
        for block in p.chunks(16) {
            let mut h = Md5::new(); h.update(&self.secret); h.update(&prev);
            let b: Vec<u8> = block.iter().zip(h.finalize()).map(|(x, y)| x ^ y).collect();
            out.extend_from_slice(&b);
            prev = b;
        }
        out
    }

    pub fn authenticate(&self, user: &str, password: &str) -> std::io::Result<bool> {
        let auth: [u8; 16] = rand::random();
        let id: u8 = rand::random();
        let mut a = Vec::new();
        attr(&mut a, 1, user.as_bytes());
        attr(&mut a, 2, &self.hide(&auth, password.as_bytes()));
        let mut pkt = vec![1, id];
        pkt.extend_from_slice(&((20 + a.len()) as u16).to_be_bytes());
        pkt.extend_from_slice(&auth);
        pkt.extend(a);
        let s = UdpSocket::bind("0.0.0.0:0")?;
        s.set_read_timeout(Some(self.timeout))?;
        s.send_to(&pkt, self.server)?;
        let mut buf = [0u8; 4096];
        let (n, from) = s.recv_from(&mut buf)?;
        if from != self.server || n < 20 || buf[1] != id { return Ok(false) }
        let mut h = Md5::new();
        h.update(&buf[..4]); h.update(auth); h.update(&buf[20..n]); h.update(&self.secret);
        Ok(h.finalize().as_slice() == &buf[4..20] && buf[0] == 2)
    }
}
