//! Zabbix sender protocol ("ZBXD\x01", little-endian length, JSON body).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

pub struct Item {
    host: String,
    key: String,
    value: String,
}

impl Item {
    pub fn new(host: &str, key: &str, value: String) -> Self {
        Self { host: host.to_string(), key: key.to_string(), value }
    }
}

pub fn send(server: &str, items: &[Item]) -> std::io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    let data: Vec<serde_json::Value> = items
        .iter()
        .map(|i| serde_json::json!({ "host": i.host, "key": i.key, "value": i.value }))
        .collect();
    let body = serde_json::to_vec(&serde_json::json!({ "request": "sender data", "data": data }))?;
    let mut frame = Vec::with_capacity(body.len() + 13);
    frame.extend_from_slice(b"ZBXD\x01");
    frame.extend_from_slice(&(body.len() as u64).to_le_bytes());
    frame.extend_from_slice(&body);
    let addr = server.parse().map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(3))?;
    s.set_write_timeout(Some(Duration::from_secs(3)))?;
    s.set_read_timeout(Some(Duration::from_secs(3)))?;
    s.write_all(&frame)?;
    let mut reply = Vec::new();
    let _ = s.take(4096).read_to_end(&mut reply);
    Ok(())
}
