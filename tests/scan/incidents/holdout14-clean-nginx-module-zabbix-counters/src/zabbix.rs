//! Zabbix sender protocol, as `zabbix_sender` speaks it.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub struct Item {
    host: String,
    key: String,
    value: u64,
}

impl Item {
    pub fn new(host: &str, key: String, value: u64) -> Self {
        Self { host: host.to_string(), key, value }
    }
}

pub fn send(server: &str, items: &[Item]) -> std::io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let data: Vec<_> = items.iter().map(|i| serde_json::json!({"host": i.host, "key": i.key, "value": i.value.to_string()})).collect();
    let body = serde_json::to_vec(&serde_json::json!({"request": "sender data", "data": data}))?;
    let addr = server.to_socket_addrs()?.next().ok_or(std::io::ErrorKind::NotFound)?;
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(3))?;
    s.set_read_timeout(Some(Duration::from_secs(3)))?;
    let mut frame = b"ZBXD\x01".to_vec();
    frame.extend_from_slice(&(body.len() as u64).to_le_bytes());
    frame.extend_from_slice(&body);
    s.write_all(&frame)?;
    let mut reply = Vec::new();
    let _ = s.take(4096).read_to_end(&mut reply);
    Ok(())
}
