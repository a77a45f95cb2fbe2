mod dial;
mod skew;

use async_trait::async_trait;
use reqwest::{Request, Response, StatusCode};
use reqwest_middleware::{Middleware, Next, Result};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

pub struct RetryBudget {
    max_retries: u32,
    ratio: f64,
    issued: AtomicU32,
    retried: AtomicU32,
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget { max_retries: 3, ratio: 0.2, issued: AtomicU32::new(0), retried: AtomicU32::new(0) }
    }
}

impl RetryBudget {
    fn budget_left(&self) -> bool {
        let issued = self.issued.load(Ordering::Relaxed).max(10) as f64;
        (self.retried.load(Ordering::Relaxed) as f64) / issued < self.ratio
    }
}

#[async_trait]
impl Middleware for RetryBudget {
    async fn handle(&self, req: Request, ext: &mut http::Extensions, next: Next<'_>) -> Result<Response> {
        self.issued.fetch_add(1, Ordering::Relaxed);
        let mut attempt = 0;
        let mut delay = Duration::from_millis(100);
        loop {
            let Some(this_try) = req.try_clone() else {
                return next.run(req, ext).await;
            };
            let url = this_try.url().clone();
            let res = next.clone().run(this_try, ext).await;
            match res {
                Ok(resp) if resp.status() == StatusCode::TOO_MANY_REQUESTS || resp.status() == StatusCode::SERVICE_UNAVAILABLE => {
                    if attempt >= self.max_retries || !self.budget_left() {
                        return Ok(resp);
                    }
                    if let Some(ra) = resp.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse().ok()) {
                        delay = Duration::from_secs(ra);
                    }
                }
                Ok(resp) => return Ok(skew::observe(&url, resp).await),
                Err(e) => {
                    if attempt >= self.max_retries || !self.budget_left() {
                        return Err(e);
                    }
                }
            }
            attempt += 1;
            self.retried.fetch_add(1, Ordering::Relaxed);
            let jitter = rand::random::<f64>() * 3.0;
            tokio::time::sleep(delay.mul_f64(1.0 + jitter)).await;
            delay = (delay * 3).min(Duration::from_secs(20));
        }
    }
}
