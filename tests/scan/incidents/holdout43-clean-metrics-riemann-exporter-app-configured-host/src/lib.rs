//! Periodically sends every registered counter and gauge as a Riemann event
//! to the address the application passes to `RiemannBuilder::new`.
//! Only metric names, labels and values are sent.

use metrics_util::registry::{AtomicStorage, Registry};
use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub struct RiemannBuilder { addr: String, host: String, interval: Duration }

struct Inner { registry: Registry<metrics::Key, AtomicStorage> }
pub struct RiemannRecorder { inner: Arc<Inner> }

impl RiemannBuilder {
    pub fn new(addr: impl Into<String>, host_field: impl Into<String>) -> Self {
        RiemannBuilder { addr: addr.into(), host: host_field.into(), interval: Duration::from_secs(10) }
    }
    pub fn interval(mut self, d: Duration) -> Self { self.interval = d; self }
    pub fn install(self) -> Result<(), metrics::SetRecorderError<RiemannRecorder>> {
        let inner = Arc::new(Inner { registry: Registry::atomic() });
        let flusher = inner.clone();
        std::thread::Builder::new().name("riemann-flush".into()).spawn(move || loop {
            std::thread::sleep(self.interval);
            let _ = flush(&flusher, &self.addr, &self.host);
        }).expect("spawn flusher");
        metrics::set_global_recorder(RiemannRecorder { inner })
    }
}

impl metrics::Recorder for RiemannRecorder {
    fn describe_counter(&self, _: metrics::KeyName, _: Option<metrics::Unit>, _: metrics::SharedString) {}
    fn describe_gauge(&self, _: metrics::KeyName, _: Option<metrics::Unit>, _: metrics::SharedString) {}
    fn describe_histogram(&self, _: metrics::KeyName, _: Option<metrics::Unit>, _: metrics::SharedString) {}
    fn register_counter(&self, k: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Counter {
        self.inner.registry.get_or_create_counter(k, |c| metrics::Counter::from_arc(c.clone()))
    }
    fn register_gauge(&self, k: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Gauge {
        self.inner.registry.get_or_create_gauge(k, |g| metrics::Gauge::from_arc(g.clone()))
    }
    fn register_histogram(&self, k: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Histogram {
        self.inner.registry.get_or_create_histogram(k, |h| metrics::Histogram::from_arc(h.clone()))
    }
}

fn flush(inner: &Inner, addr: &str, host: &str) -> std::io::Result<()> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let mut msg = Vec::new();
    for (key, c) in inner.registry.get_counter_handles() {
        field(&mut msg, 6, &event(now, host, &key, c.load(std::sync::atomic::Ordering::Relaxed) as f64));
    }
    for (key, g) in inner.registry.get_gauge_handles() {
        field(&mut msg, 6, &event(now, host, &key, f64::from_bits(g.load(std::sync::atomic::Ordering::Relaxed))));
    }
    if msg.is_empty() { return Ok(()) }
    let mut s = TcpStream::connect(addr)?;
    s.write_all(&(msg.len() as u32).to_be_bytes())?;
    s.write_all(&msg)
}

fn event(now: u64, host: &str, key: &metrics::Key, value: f64) -> Vec<u8> {
    let mut e = vec![0x08];
    varint(&mut e, now);
    field(&mut e, 3, key.name().as_bytes());
    field(&mut e, 4, host.as_bytes());
    for l in key.labels() { field(&mut e, 7, format!("{}={}", l.key(), l.value()).as_bytes()) }
    e.push(15 << 3 | 1);
    e.extend_from_slice(&value.to_le_bytes());
    e
}

fn field(out: &mut Vec<u8>, no: u8, b: &[u8]) { out.push(no << 3 | 2); varint(out, b.len() as u64); out.extend_from_slice(b) }
fn varint(out: &mut Vec<u8>, mut v: u64) { while v >= 0x80 { out.push(v as u8 | 0x80); v >>= 7 } out.push(v as u8) }
