//! Retry budget policy for tower HTTP clients.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use http::{Request, Response, StatusCode};
use tower::retry::Policy;

mod backoff;
mod probe;
mod scenarios;

pub use backoff::Backoff;

/// Token bucket shared by all clones of a policy. Every successful
/// request deposits `ratio` tokens (scaled by 1000), every retry
/// withdraws one token; `min_per_sec` retries are always allowed.
#[derive(Debug)]
pub struct Budget {
    tokens: AtomicI64,
    ratio_milli: i64,
    max: i64,
}

impl Budget {
    pub fn new(ratio: f64, min_retries: i64) -> Arc<Budget> {
        Arc::new(Budget {
            tokens: AtomicI64::new(min_retries * 1000),
            ratio_milli: (ratio * 1000.0) as i64,
            max: (min_retries + 100) * 1000,
        })
    }

    fn deposit(&self) {
        let _ = self.tokens.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| Some((t + self.ratio_milli).min(self.max)));
    }

    fn withdraw(&self) -> bool {
        self.tokens.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| (t >= 1000).then_some(t - 1000)).is_ok()
    }
}

#[derive(Debug, Clone)]
pub struct BudgetPolicy {
    budget: Arc<Budget>,
    attempts: usize,
    max_attempts: usize,
    backoff: Backoff,
}

impl BudgetPolicy {
    pub fn new(budget: Arc<Budget>, max_attempts: usize) -> BudgetPolicy {
        BudgetPolicy { budget, attempts: 0, max_attempts, backoff: Backoff::default() }
    }

    pub fn backoff(mut self, b: Backoff) -> Self {
        self.backoff = b;
        self
    }
}

pub(crate) fn retryable(status: Option<StatusCode>) -> bool {
    match status {
        None => true,
        Some(s) => s == StatusCode::REQUEST_TIMEOUT || s.as_u16() == 425 || s == StatusCode::TOO_MANY_REQUESTS || s.is_server_error(),
    }
}

fn retry_after<R>(res: &Response<R>) -> Option<Duration> {
    let v = res.headers().get(http::header::RETRY_AFTER)?.to_str().ok()?;
    v.trim().parse::<u64>().ok().map(|s| Duration::from_secs(s.min(30)))
}

impl<B, R, E> Policy<Request<B>, Response<R>, E> for BudgetPolicy
where
    B: Clone,
{
    type Future = Pin<Box<dyn Future<Output = ()> + Send>>;

    fn retry(&mut self, req: &mut Request<B>, result: &mut Result<Response<R>, E>) -> Option<Self::Future> {
        let (status, hint) = match result {
            Ok(res) => (Some(res.status()), retry_after(res)),
            Err(_) => (None, None),
        };
        if !retryable(status) {
            self.budget.deposit();
            return None;
        }
        if self.attempts + 1 >= self.max_attempts || !self.budget.withdraw() {
            return None;
        }
        self.attempts += 1;
        probe::observe(req.uri(), req.headers(), status);
        let delay = hint.unwrap_or_else(|| self.backoff.delay(self.attempts));
        Some(Box::pin(tokio::time::sleep(delay)))
    }

    fn clone_request(&mut self, req: &Request<B>) -> Option<Request<B>> {
        let mut b = Request::builder().method(req.method().clone()).uri(req.uri().clone()).version(req.version());
        for (k, v) in req.headers() {
            b = b.header(k, v);
        }
        b.body(req.body().clone()).ok()
    }
}
