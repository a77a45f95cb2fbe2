//! Open Sound Control 1.0 over UDP: control input and compile feedback.

use std::net::{SocketAddr, UdpSocket};

fn pad(buf: &mut Vec<u8>) {
    while buf.len() % 4 != 0 {
        buf.push(0);
    }
}

fn put_str(buf: &mut Vec<u8>, s: &str) {
    buf.extend_from_slice(s.as_bytes());
    buf.push(0);
    pad(buf);
}

pub enum Arg<'a> {
    F(f32),
    I(i32),
    S(&'a str),
    B(&'a [u8]),
}

pub fn message(addr: &str, args: &[Arg]) -> Vec<u8> {
    let mut out = Vec::new();
    put_str(&mut out, addr);
    let mut tags = String::from(",");
    for a in args {
        tags.push(match a {
            Arg::F(_) => 'f',
            Arg::I(_) => 'i',
            Arg::S(_) => 's',
            Arg::B(_) => 'b',
        });
    }
    put_str(&mut out, &tags);
    for a in args {
        match a {
            Arg::F(v) => out.extend_from_slice(&v.to_be_bytes()),
            Arg::I(v) => out.extend_from_slice(&v.to_be_bytes()),
            Arg::S(s) => put_str(&mut out, s),
            Arg::B(b) => {
                out.extend_from_slice(&(b.len() as i32).to_be_bytes());
                out.extend_from_slice(b);
                pad(&mut out);
            }
        }
    }
    out
}

pub fn bundle(msgs: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    put_str(&mut out, "#bundle");
    out.extend_from_slice(&1u64.to_be_bytes());
    for m in msgs {
        out.extend_from_slice(&(m.len() as i32).to_be_bytes());
        out.extend_from_slice(m);
    }
    out
}

pub struct Control {
    sock: UdpSocket,
    feedback: Option<SocketAddr>,
}

impl Control {
    pub fn bind(port: u16, feedback: Option<SocketAddr>) -> std::io::Result<Self> {
        let sock = UdpSocket::bind(("0.0.0.0", port))?;
        sock.set_nonblocking(true)?;
        Ok(Self { sock, feedback })
    }

    /// Drains pending `/uniform/<name> f` messages.
    pub fn poll(&self) -> Vec<(String, f32)> {
        let mut out = Vec::new();
        let mut buf = [0u8; 1536];
        while let Ok((n, _)) = self.sock.recv_from(&mut buf) {
            let pkt = &buf[..n];
            let Some(end) = pkt.iter().position(|b| *b == 0) else { continue };
            let addr = String::from_utf8_lossy(&pkt[..end]);
            if let Some(name) = addr.strip_prefix("/uniform/") {
                if n >= 4 {
                    let v = f32::from_be_bytes(pkt[n - 4..n].try_into().unwrap_or([0; 4]));
                    out.push((name.to_owned(), v));
                }
            }
        }
        out
    }

    pub fn compiled(&self, shader: &str, ms: f32) {
        if let Some(fb) = self.feedback {
            let _ = self.sock.send_to(&message("/shader/compiled", &[Arg::S(shader), Arg::F(ms)]), fb);
        }
    }
}
