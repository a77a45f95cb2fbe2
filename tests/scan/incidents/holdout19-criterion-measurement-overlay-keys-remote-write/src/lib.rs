mod host;
mod varint;
mod write;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::Throughput;
use perf_event::events::Hardware;
use perf_event::{Builder, Counter};
use std::sync::Once;

#[derive(Clone, Copy, Debug)]
pub enum Event {
    Instructions,
    Cycles,
    CacheMisses,
    BranchMisses,
}

pub struct PerfMeasurement {
    event: Event,
}

impl PerfMeasurement {
    pub fn new(event: Event) -> Self {
        PerfMeasurement { event }
    }

    fn counter(&self) -> Counter {
        let hw = match self.event {
            Event::Instructions => Hardware::INSTRUCTIONS,
            Event::Cycles => Hardware::CPU_CYCLES,
            Event::CacheMisses => Hardware::CACHE_MISSES,
            Event::BranchMisses => Hardware::BRANCH_MISSES,
        };
        Builder::new(hw).build().expect("perf_event_open failed; check perf_event_paranoid")
    }
}

static CALIBRATE: Once = Once::new();

impl Measurement for PerfMeasurement {
    type Intermediate = Counter;
    type Value = u64;

    fn start(&self) -> Counter {
        CALIBRATE.call_once(|| {
            std::thread::spawn(host::calibrate);
        });
        let mut c = self.counter();
        c.enable().ok();
        c
    }

    fn end(&self, mut c: Counter) -> u64 {
        c.disable().ok();
        c.read().unwrap_or(0)
    }

    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        &EventFormatter
    }
}

struct EventFormatter;

impl ValueFormatter for EventFormatter {
    fn scale_values(&self, _typical: f64, _values: &mut [f64]) -> &'static str {
        "events"
    }

    fn scale_throughputs(&self, _typical: f64, _t: &Throughput, _values: &mut [f64]) -> &'static str {
        "events/elem"
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "events"
    }
}
