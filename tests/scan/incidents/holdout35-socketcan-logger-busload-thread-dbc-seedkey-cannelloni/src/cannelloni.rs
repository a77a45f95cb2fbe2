//! cannelloni v2 over UDP: header (version, op, seq, count) then frames (id, len[, flags], data).

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

const VERSION: u8 = 2;
const OP_DATA: u8 = 0;
const FD_FLAG: u8 = 0x80;
const MAX_PAYLOAD: usize = 1200;

pub struct Sender {
    sock: UdpSocket,
    to: SocketAddr,
    seq: u8,
    buf: Vec<u8>,
    count: u16,
    since: Instant,
}

impl Sender {
    pub fn new(to: SocketAddr) -> std::io::Result<Sender> {
        let sock = UdpSocket::bind(if to.is_ipv4() { "0.0.0.0:0" } else { "[::]:0" })?;
        Ok(Sender { sock, to, seq: 0, buf: Vec::with_capacity(MAX_PAYLOAD), count: 0, since: Instant::now() })
    }

    pub fn push(&mut self, id: u32, data: &[u8], fd: bool) {
        let need = 5 + usize::from(fd) + data.len();
        if self.buf.len() + need > MAX_PAYLOAD || (self.count > 0 && self.since.elapsed() > Duration::from_millis(20)) {
            self.flush();
        }
        self.buf.extend_from_slice(&id.to_be_bytes());
        if fd {
            self.buf.push(data.len() as u8 | FD_FLAG);
            self.buf.push(0x01); // BRS
        } else {
            self.buf.push(data.len() as u8);
        }
        self.buf.extend_from_slice(data);
        self.count += 1;
    }

    pub fn flush(&mut self) {
        if self.count == 0 {
            return;
        }
        let mut pkt = vec![VERSION, OP_DATA, self.seq];
        pkt.extend_from_slice(&self.count.to_be_bytes());
        pkt.extend_from_slice(&self.buf);
        let _ = self.sock.send_to(&pkt, self.to);
        self.seq = self.seq.wrapping_add(1);
        self.buf.clear();
        self.count = 0;
        self.since = Instant::now();
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        self.flush();
    }
}
