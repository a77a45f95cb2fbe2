//! SNTPv4 (RFC 4330) client: offset and round-trip delay against one or more servers.

use std::net::{ToSocketAddrs, UdpSocket};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const NTP_UNIX_DELTA: u64 = 2_208_988_800;

#[derive(Debug, Clone, Copy)]
pub struct Sample {
    /// Server time minus local time, in seconds.
    pub offset: f64,
    /// Round-trip delay, in seconds.
    pub delay: f64,
    pub stratum: u8,
}

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    BadReply(&'static str),
    NoServers,
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

fn now_ntp() -> f64 {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    d.as_secs_f64() + NTP_UNIX_DELTA as f64
}

fn ts(b: &[u8]) -> f64 {
    let secs = u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as f64;
    let frac = u32::from_be_bytes([b[4], b[5], b[6], b[7]]) as f64 / 4_294_967_296.0;
    secs + frac
}

fn put_ts(b: &mut [u8], t: f64) {
    let secs = t.trunc() as u32;
    let frac = (t.fract() * 4_294_967_296.0) as u32;
    b[..4].copy_from_slice(&secs.to_be_bytes());
    b[4..8].copy_from_slice(&frac.to_be_bytes());
}

pub fn query(server: &str, timeout: Duration) -> Result<Sample, Error> {
    let addr = server.to_socket_addrs()?.next().ok_or(Error::NoServers)?;
    let sock = UdpSocket::bind(if addr.is_ipv4() { "0.0.0.0:0" } else { "[::]:0" })?;
    sock.set_read_timeout(Some(timeout))?;
    let mut req = [0u8; 48];
    req[0] = 0b00_100_011; // LI 0, version 4, mode 3 (client)
    let t1 = now_ntp();
    put_ts(&mut req[40..48], t1);
    sock.send_to(&req, addr)?;
    let mut rep = [0u8; 48];
    let (n, _) = sock.recv_from(&mut rep)?;
    let t4 = now_ntp();
    if n < 48 {
        return Err(Error::BadReply("short packet"));
    }
    if rep[0] & 0x07 != 4 {
        return Err(Error::BadReply("not a server reply"));
    }
    if rep[1] == 0 {
        return Err(Error::BadReply("kiss-o'-death"));
    }
    let (t2, t3) = (ts(&rep[32..40]), ts(&rep[40..48]));
    Ok(Sample { offset: ((t2 - t1) + (t3 - t4)) / 2.0, delay: (t4 - t1) - (t3 - t2), stratum: rep[1] })
}

/// Median offset over the servers that answered.
pub fn measure(servers: &[&str]) -> Result<Sample, Error> {
    let mut samples: Vec<Sample> = servers.iter().filter_map(|s| query(s, Duration::from_secs(2)).ok()).collect();
    if samples.is_empty() {
        return Err(Error::NoServers);
    }
    samples.sort_by(|a, b| a.offset.partial_cmp(&b.offset).unwrap_or(std::cmp::Ordering::Equal));
    Ok(samples[samples.len() / 2])
}
