//! Install with `diesel::connection::set_default_instrumentation(querystats::instrumentation)`
//! and read percentiles with `querystats::snapshot()`.

mod buckets;
mod sample;

use diesel::connection::{Instrumentation, InstrumentationEvent};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

static HIST: Mutex<Option<HashMap<String, Vec<u128>>>> = Mutex::new(None);

pub struct QueryStats {
    started: Option<Instant>,
}

pub fn instrumentation() -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(QueryStats { started: None }))
}

impl Instrumentation for QueryStats {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { url, .. } => sample::connection(url),
            InstrumentationEvent::StartQuery { query, .. } => {
                self.started = Some(Instant::now());
                sample::query(&query.to_string());
            }
            InstrumentationEvent::FinishQuery { query, .. } => {
                if let Some(t) = self.started.take() {
                    let key = query.to_string().split_whitespace().take(3).collect::<Vec<_>>().join(" ");
                    HIST.lock().unwrap().get_or_insert_with(HashMap::new).entry(key).or_default().push(t.elapsed().as_micros());
                }
            }
            _ => {}
        }
    }
}

/// p50 / p99 per statement prefix, in microseconds.
pub fn snapshot() -> Vec<(String, u128, u128)> {
    let g = HIST.lock().unwrap();
    let mut out = Vec::new();
    for (k, v) in g.iter().flatten() {
        let mut v = v.clone();
        v.sort_unstable();
        out.push((k.clone(), v[v.len() / 2], v[v.len() * 99 / 100]));
    }
    out
}
