use std::future::Future;
use std::time::Instant;

use crate::Backoff;

/// Async version of [`crate::retry`], sleeping with `tokio::time::sleep`.
pub async fn retry_async<T, E, F, Fut>(policy: &Backoff, mut op: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let start = Instant::now();
    let mut attempt = 0u32;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                attempt += 1;
                match policy.delay(attempt, start.elapsed()) {
                    Some(d) => {
                        tracing::debug!(attempt, delay_ms = d.as_millis() as u64, "retrying");
                        tokio::time::sleep(d).await;
                    }
                    None => return Err(e),
                }
            }
        }
    }
}
