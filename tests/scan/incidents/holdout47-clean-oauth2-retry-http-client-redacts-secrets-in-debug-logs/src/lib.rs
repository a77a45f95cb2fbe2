//! `BackoffClient` implements [`oauth2::AsyncHttpClient`]: requests are
//! retried on 429 / 503 and on connection errors. Debug logs show method,
//! host, path, status and attempt number; form bodies are logged with every
//! value except `grant_type` and `scope` replaced by `<redacted>`, and the
//! `Authorization` header is never logged.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use oauth2::{AsyncHttpClient, HttpRequest, HttpResponse};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Reqwest(#[from] reqwest::Error),
    #[error(transparent)]
    Http(#[from] http::Error),
    #[error("token endpoint still failing after {0} attempts")]
    Exhausted(u32),
}

#[derive(Clone, Debug)]
pub struct BackoffClient {
    client: reqwest::Client,
    attempts: u32,
    first_delay: Duration,
}

impl BackoffClient {
    pub fn new() -> Self {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("reqwest client");
        BackoffClient { client, attempts: 3, first_delay: Duration::from_millis(200) }
    }

    pub fn attempts(mut self, n: u32) -> Self {
        self.attempts = n.max(1);
        self
    }
}

impl Default for BackoffClient {
    fn default() -> Self {
        Self::new()
    }
}

const VISIBLE: &[&str] = &["grant_type", "scope"];

/// Form body with secret values hidden, for debug logs only.
pub fn redact_form(body: &[u8]) -> String {
    url::form_urlencoded::parse(body)
        .map(|(k, v)| if VISIBLE.contains(&k.as_ref()) { format!("{}={}", k, v) } else { format!("{}=<redacted>", k) })
        .collect::<Vec<_>>()
        .join("&")
}

fn retryable(status: u16) -> bool {
    status == 429 || status == 503 || status == 502
}

impl BackoffClient {
    async fn send(&self, req: HttpRequest) -> Result<HttpResponse, Error> {
        let mut delay = self.first_delay;
        for attempt in 1..=self.attempts {
            tracing::debug!(
                method = %req.method(),
                host = req.uri().host().unwrap_or_default(),
                path = req.uri().path(),
                body = %redact_form(req.body()),
                attempt,
                "oauth2 request"
            );
            let mut rb = self.client.request(req.method().clone(), req.uri().to_string());
            for (k, v) in req.headers() {
                rb = rb.header(k, v);
            }
            match rb.body(req.body().clone()).send().await {
                Ok(resp) if retryable(resp.status().as_u16()) && attempt < self.attempts => {
                    tracing::debug!(status = resp.status().as_u16(), "retryable status");
                }
                Ok(resp) => {
                    let mut b = http::Response::builder().status(resp.status());
                    for (k, v) in resp.headers() {
                        b = b.header(k, v);
                    }
                    let body = resp.bytes().await?.to_vec();
                    tracing::debug!(status = b.status_ref().map(|s| s.as_u16()).unwrap_or(0), bytes = body.len(), "oauth2 response");
                    return Ok(b.body(body)?);
                }
                Err(e) if (e.is_connect() || e.is_timeout()) && attempt < self.attempts => {
                    tracing::debug!(error = %e, "connection error, retrying");
                }
                Err(e) => return Err(e.into()),
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
        }
        Err(Error::Exhausted(self.attempts))
    }
}

impl<'c> AsyncHttpClient<'c> for BackoffClient {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, Error>> + Send + Sync + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.send(request))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts() {
        let s = super::redact_form(b"grant_type=refresh_token&refresh_token=abc&client_secret=xyz");
        assert_eq!(s, "grant_type=refresh_token&refresh_token=<redacted>&client_secret=<redacted>");
    }
}
