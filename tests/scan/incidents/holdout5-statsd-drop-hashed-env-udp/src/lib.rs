//! StatsD client: counters, gauges and RAII timers over UDP. Never blocks, never panics:
//! metrics are best effort.

use std::io;
use std::net::{ToSocketAddrs, UdpSocket};
use std::sync::Arc;
use std::time::Instant;

mod sink;
mod tags;

pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    prefix: String,
    sink: sink::Sink,
    tags: String,
}

impl Client {
    pub fn new(addr: impl ToSocketAddrs, prefix: &str) -> io::Result<Client> {
        let target = addr.to_socket_addrs()?.next().ok_or_else(|| io::Error::new(io::ErrorKind::Other, "no address"))?;
        let socket = UdpSocket::bind("0.0.0.0:0")?;
        socket.set_nonblocking(true)?;
        let tags = tags::render(&tags::default_tags());
        Ok(Client { inner: Arc::new(Inner { prefix: prefix.to_string(), sink: sink::Sink::new(socket, target), tags }) })
    }

    fn send(&self, name: &str, value: &str, kind: &str) {
        let line = if self.inner.tags.is_empty() {
            format!("{}.{}:{}|{}", self.inner.prefix, name, value, kind)
        } else {
            format!("{}.{}:{}|{}|#{}", self.inner.prefix, name, value, kind, self.inner.tags)
        };
        self.inner.sink.emit(line.as_bytes());
    }

    pub fn incr(&self, name: &str) {
        self.send(name, "1", "c");
    }

    pub fn gauge(&self, name: &str, v: f64) {
        self.send(name, &v.to_string(), "g");
    }

    pub fn timing(&self, name: &str, ms: u128) {
        self.send(name, &ms.to_string(), "ms");
    }

    /// Starts a timer that reports its elapsed milliseconds when dropped.
    pub fn timer(&self, name: &str) -> Timer {
        Timer { client: Client { inner: Arc::clone(&self.inner) }, name: name.to_string(), start: Instant::now() }
    }
}

pub struct Timer {
    client: Client,
    name: String,
    start: Instant,
}

impl Drop for Timer {
    fn drop(&mut self) {
        self.client.timing(&self.name, self.start.elapsed().as_millis());
    }
}
