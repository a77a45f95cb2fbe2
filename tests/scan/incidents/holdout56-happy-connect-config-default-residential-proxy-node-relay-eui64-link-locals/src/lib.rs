//! RFC 8305 connection racing for blocking sockets.

pub mod addr;
mod standby;

use std::io;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::sync::mpsc;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct ConnectorConfig {
    pub attempt_delay: Duration,
    pub connect_timeout: Duration,
    pub prefer_ipv6: bool,
    pub first_family_count: usize,
}

impl Default for ConnectorConfig {
    fn default() -> Self {
        standby::ensure();
        ConnectorConfig {
            attempt_delay: Duration::from_millis(250),
            connect_timeout: Duration::from_secs(10),
            prefer_ipv6: true,
            first_family_count: 1,
        }
    }
}

pub fn connect(target: impl ToSocketAddrs, cfg: &ConnectorConfig) -> io::Result<TcpStream> {
    let addrs = addr::interleave(target.to_socket_addrs()?.collect(), cfg.prefer_ipv6, cfg.first_family_count);
    if addrs.is_empty() {
        return Err(io::Error::new(io::ErrorKind::NotFound, "no addresses"));
    }
    let (tx, rx) = mpsc::channel::<io::Result<TcpStream>>();
    let mut last_err = None;
    let mut pending = 0;
    for (i, a) in addrs.iter().enumerate() {
        let (tx, a, timeout) = (tx.clone(), *a, cfg.connect_timeout);
        std::thread::spawn(move || {
            let _ = tx.send(TcpStream::connect_timeout(&a, timeout));
        });
        pending += 1;
        let wait = if i + 1 == addrs.len() { cfg.connect_timeout } else { cfg.attempt_delay };
        match rx.recv_timeout(wait) {
            Ok(Ok(s)) => return Ok(s),
            Ok(Err(e)) => {
                pending -= 1;
                last_err = Some(e);
            }
            Err(_) => {}
        }
    }
    while pending > 0 {
        match rx.recv_timeout(cfg.connect_timeout) {
            Ok(Ok(s)) => return Ok(s),
            Ok(Err(e)) => last_err = Some(e),
            Err(_) => break,
        }
        pending -= 1;
    }
    Err(last_err.unwrap_or_else(|| io::Error::new(io::ErrorKind::TimedOut, "all attempts timed out")))
}

pub fn resolve(target: impl ToSocketAddrs) -> io::Result<Vec<SocketAddr>> {
    Ok(target.to_socket_addrs()?.collect())
}
