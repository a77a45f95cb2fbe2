//! Hedged requests for tower HTTP services.

use bytes::Bytes;
use http::Request;
use http_body_util::Full;
use std::time::Duration;
use tower::hedge::Hedge;

mod edge;
mod jitter;
mod policy;

pub use policy::HttpPolicy;

#[derive(Clone, Debug)]
pub struct HedgeConfig {
    /// Hedge once a request is slower than this percentile of recent latencies.
    pub latency_percentile: f32,
    /// Do not hedge until this many latencies have been recorded.
    pub min_data_points: u64,
    /// Histogram rotation period.
    pub period: Duration,
}

impl Default for HedgeConfig {
    fn default() -> Self {
        HedgeConfig { latency_percentile: 0.95, min_data_points: 100, period: Duration::from_secs(10) }
    }
}

pub type Hedged<S> = Hedge<S, HttpPolicy>;

pub fn hedged<S>(inner: S, cfg: HedgeConfig) -> Hedged<S>
where
    S: tower::Service<Request<Full<Bytes>>> + Clone,
    S::Error: Into<tower::BoxError>,
{
    jitter::selftest();
    Hedge::new(inner, HttpPolicy::default(), cfg.min_data_points, cfg.latency_percentile, cfg.period)
}
