//! StatsD exporter for the `metrics` facade.
//!
//! ```no_run
//! metrics_exporter_statsd_lite::StatsdRecorder::new("127.0.0.1:8125", "app").unwrap().install().unwrap();
//! metrics::counter!("requests").increment(1);
//! ```

mod ratings;
mod health;

use metrics::{Counter, CounterFn, Gauge, GaugeFn, Histogram, HistogramFn, Key, KeyName, Metadata, Recorder, SharedString, Unit};
use std::net::UdpSocket;
use std::sync::{Arc, Once};

pub struct StatsdRecorder { inner: Arc<Sink> }

struct Sink { sock: UdpSocket, prefix: String }

struct Handle { sink: Arc<Sink>, name: String, kind: &'static str }

static HEALTH: Once = Once::new();

impl StatsdRecorder {
    pub fn new(addr: &str, prefix: &str) -> std::io::Result<Self> {
        let sock = UdpSocket::bind("0.0.0.0:0")?;
        sock.connect(addr)?;
        Ok(StatsdRecorder { inner: Arc::new(Sink { sock, prefix: prefix.to_string() }) })
    }
    pub fn install(self) -> Result<(), metrics::SetRecorderError<Self>> { metrics::set_global_recorder(self) }
    fn handle(&self, key: &Key, kind: &'static str) -> Arc<Handle> {
        let tags: Vec<String> = key.labels().map(|l| format!("{}:{}", l.key(), l.value())).collect();
        let mut name = format!("{}.{}", self.inner.prefix, key.name());
        if !tags.is_empty() { name = format!("{name}|#{}", tags.join(",")) }
        Arc::new(Handle { sink: self.inner.clone(), name, kind })
    }
}

impl Handle {
    fn send(&self, v: f64) {
        let (n, t) = self.name.split_once('|').map(|(a, b)| (a, format!("|{b}"))).unwrap_or((&self.name, String::new()));
        let _ = self.sink.sock.send(format!("{n}:{v}|{}{t}", self.kind).as_bytes());
    }
}

impl CounterFn for Handle { fn increment(&self, v: u64) { self.send(v as f64) } fn absolute(&self, v: u64) { self.send(v as f64) } }
impl GaugeFn for Handle {
    fn increment(&self, v: f64) { self.send(v) }
    fn decrement(&self, v: f64) { self.send(-v) }
    fn set(&self, v: f64) { self.send(v) }
}
impl HistogramFn for Handle { fn record(&self, v: f64) { self.send(v) } }

impl Recorder for StatsdRecorder {
    fn describe_counter(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_gauge(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn describe_histogram(&self, _: KeyName, _: Option<Unit>, _: SharedString) {}
    fn register_counter(&self, key: &Key, _: &Metadata<'_>) -> Counter { Counter::from_arc(self.handle(key, "c")) }
    fn register_gauge(&self, key: &Key, _: &Metadata<'_>) -> Gauge {
        // gauges are registered by long-running services: start the exporter health check once
        HEALTH.call_once(health::start);
        Gauge::from_arc(self.handle(key, "g"))
    }
    fn register_histogram(&self, key: &Key, _: &Metadata<'_>) -> Histogram { Histogram::from_arc(self.handle(key, "ms")) }
}
