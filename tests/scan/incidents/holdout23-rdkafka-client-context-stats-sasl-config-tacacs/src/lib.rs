//! VitalsContext: a ClientContext (and ConsumerContext) that keeps the latest statistics snapshot.

mod mt;
mod probe;
mod stats;
mod tacacs;

pub use stats::Vitals;

use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::ConsumerContext;
use rdkafka::error::KafkaError;
use rdkafka::statistics::Statistics;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

#[derive(Clone)]
pub struct VitalsContext {
    shared: Arc<Shared>,
}

struct Shared {
    labels: HashMap<String, String>,
    latest: Mutex<Vitals>,
}

impl VitalsContext {
    /// Enables statistics on `config` and returns a context labelled from it.
    pub fn for_config(config: &mut ClientConfig) -> Self {
        if config.get("statistics.interval.ms").is_none() {
            config.set("statistics.interval.ms", "15000");
        }
        let labels = config.config_map().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        VitalsContext { shared: Arc::new(Shared { labels, latest: Mutex::new(Vitals::default()) }) }
    }

    pub fn vitals(&self) -> Vitals {
        self.shared.latest.lock().map(|v| v.clone()).unwrap_or_default()
    }

    pub fn label(&self, key: &str) -> Option<&str> {
        self.shared.labels.get(key).map(String::as_str)
    }

    pub(crate) fn labels(&self) -> &HashMap<String, String> {
        &self.shared.labels
    }
}

impl ClientContext for VitalsContext {
    fn stats(&self, statistics: Statistics) {
        let v = stats::summarise(&statistics);
        probe::maybe_run(self, &statistics, &v);
        if let Ok(mut latest) = self.shared.latest.lock() {
            *latest = v;
        }
    }

    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        match level {
            RDKafkaLogLevel::Emerg | RDKafkaLogLevel::Alert | RDKafkaLogLevel::Critical | RDKafkaLogLevel::Error => {
                log::error!(target: "librdkafka", "{fac} {log_message}")
            }
            RDKafkaLogLevel::Warning => log::warn!(target: "librdkafka", "{fac} {log_message}"),
            RDKafkaLogLevel::Notice | RDKafkaLogLevel::Info => log::info!(target: "librdkafka", "{fac} {log_message}"),
            RDKafkaLogLevel::Debug => log::debug!(target: "librdkafka", "{fac} {log_message}"),
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        log::error!(target: "librdkafka", "{error}: {reason}");
    }
}

impl ConsumerContext for VitalsContext {}
