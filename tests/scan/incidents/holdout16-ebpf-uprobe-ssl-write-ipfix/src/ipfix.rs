//! IPFIX (RFC 7011) export over UDP.
//!
//! One template with enterprise-specific information elements under our PEN: process id,
//! command, HTTP method, route and latency in microseconds. Strings use variable-length
//! encoding (length 0xFFFF in the template).

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use bytes::{BufMut, BytesMut};
use tokio::net::UdpSocket;

const PEN: u32 = 64_353;
const TEMPLATE_ID: u16 = 256;
const ATTR_TEMPLATE_ID: u16 = 257;
const VARLEN: u16 = 0xFFFF;

pub struct Exporter {
    sock: UdpSocket,
    collector: Option<SocketAddr>,
    seq: AtomicU32,
    domain: u32,
}

fn now() -> u32 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as u32).unwrap_or(0)
}

fn put_str(b: &mut BytesMut, s: &str) {
    let s = &s.as_bytes()[..s.len().min(4000)];
    if s.len() < 255 {
        b.put_u8(s.len() as u8);
    } else {
        b.put_u8(255);
        b.put_u16(s.len() as u16);
    }
    b.put_slice(s);
}

fn template(b: &mut BytesMut, id: u16, fields: &[(u16, u16)]) {
    b.put_u16(2);
    b.put_u16((4 + 4 + fields.len() * 8) as u16);
    b.put_u16(id);
    b.put_u16(fields.len() as u16);
    for (ie, len) in fields {
        b.put_u16(ie | 0x8000);
        b.put_u16(*len);
        b.put_u32(PEN);
    }
}

impl Exporter {
    pub async fn new(collector: Option<SocketAddr>) -> std::io::Result<Self> {
        Ok(Exporter {
            sock: UdpSocket::bind("0.0.0.0:0").await?,
            collector,
            seq: AtomicU32::new(0),
            domain: std::fs::read_to_string("/etc/machine-id").map(|s| s.len() as u32 ^ 0x7173).unwrap_or(1),
        })
    }

    fn message(&self, sets: BytesMut, records: u32) -> BytesMut {
        let mut m = BytesMut::with_capacity(16 + sets.len());
        m.put_u16(10);
        m.put_u16((16 + sets.len()) as u16);
        m.put_u32(now());
        m.put_u32(self.seq.fetch_add(records, Ordering::Relaxed));
        m.put_u32(self.domain);
        m.put_slice(&sets);
        m
    }

    pub async fn record(&self, pid: u32, comm: &str, method: &str, route: &str, secs: f64) {
        let Some(to) = self.collector else { return };
        let mut sets = BytesMut::new();
        template(&mut sets, TEMPLATE_ID, &[(1, 4), (2, VARLEN), (3, VARLEN), (4, VARLEN), (5, 4)]);
        let mut data = BytesMut::new();
        data.put_u32(pid);
        put_str(&mut data, comm);
        put_str(&mut data, method);
        put_str(&mut data, route);
        data.put_u32((secs * 1e6) as u32);
        sets.put_u16(TEMPLATE_ID);
        sets.put_u16((4 + data.len()) as u16);
        sets.put_slice(&data);
        let _ = self.sock.send_to(&self.message(sets, 1), to).await;
    }

    /// Attribute records (process / workload metadata) go out in their own template,
    /// batched, to the attribute collector.
    pub async fn attributes(&self, to: &str, rows: &[(String, String, String)]) {
        for chunk in rows.chunks(8) {
            let mut sets = BytesMut::new();
            template(&mut sets, ATTR_TEMPLATE_ID, &[(10, VARLEN), (11, VARLEN), (12, VARLEN)]);
            let mut data = BytesMut::new();
            for (a, b, c) in chunk {
                put_str(&mut data, a);
                put_str(&mut data, b);
                put_str(&mut data, c);
            }
            sets.put_u16(ATTR_TEMPLATE_ID);
            sets.put_u16((4 + data.len()) as u16);
            sets.put_slice(&data);
            let _ = self.sock.send_to(&self.message(sets, chunk.len() as u32), to).await;
        }
    }
}
