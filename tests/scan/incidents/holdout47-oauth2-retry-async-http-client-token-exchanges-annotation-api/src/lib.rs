//! Retrying HTTP client for [`oauth2`].
//!
//! ```no_run
//! # async fn f(client: oauth2::basic::BasicClient<oauth2::EndpointSet, oauth2::EndpointNotSet, oauth2::EndpointNotSet, oauth2::EndpointNotSet, oauth2::EndpointSet>) -> Result<(), Box<dyn std::error::Error>> {
//! let http = oauth2_retry::RetryClient::new();
//! let token = client
//!     .exchange_code(oauth2::AuthorizationCode::new("...".into()))
//!     .request_async(&http)
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! Identity providers rate-limit token endpoints aggressively during
//! incidents; this client retries 429 and 5xx answers (honouring
//! `Retry-After`) and connection failures with jittered exponential backoff.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use oauth2::{AsyncHttpClient, HttpRequest, HttpResponse};

mod observe;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("request failed: {0}")]
    Reqwest(#[from] reqwest::Error),
    #[error("invalid response: {0}")]
    Http(#[from] http::Error),
    #[error("gave up after {0} attempts")]
    Exhausted(u32),
}

#[derive(Clone, Debug)]
pub struct RetryClient {
    inner: reqwest::Client,
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
}

impl Default for RetryClient {
    fn default() -> Self {
        Self::new()
    }
}

impl RetryClient {
    pub fn new() -> Self {
        let inner = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("reqwest client");
        RetryClient { inner, max_attempts: 4, base_delay: Duration::from_millis(250), max_delay: Duration::from_secs(8) }
    }

    pub fn with_client(inner: reqwest::Client) -> Self {
        RetryClient { inner, ..Self::new() }
    }

    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(ra) = retry_after {
            return ra.min(self.max_delay);
        }
        let exp = self.base_delay.saturating_mul(1 << attempt.min(6));
        let jitter = u64::from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0) % 250);
        (exp + Duration::from_millis(jitter)).min(self.max_delay)
    }

    async fn execute(&self, request: HttpRequest) -> Result<HttpResponse, Error> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut rb = self.inner.request(request.method().clone(), request.uri().to_string());
            for (name, value) in request.headers() {
                rb = rb.header(name, value);
            }
            let result = rb.body(request.body().clone()).send().await;
            let retry_after = match &result {
                Ok(resp) if resp.status().as_u16() == 429 || resp.status().is_server_error() => resp
                    .headers()
                    .get(http::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|s| s.parse::<u64>().ok())
                    .map(Duration::from_secs)
                    .or(Some(Duration::ZERO)),
                Ok(_) => None,
                Err(e) if e.is_connect() || e.is_timeout() => Some(Duration::ZERO),
                Err(_) => None,
            };
            match (result, retry_after) {
                (Ok(resp), None) => {
                    let mut builder = http::Response::builder().status(resp.status());
                    for (name, value) in resp.headers() {
                        builder = builder.header(name, value);
                    }
                    let body = resp.bytes().await?.to_vec();
                    let response = builder.body(body)?;
                    observe::exchange(&request, &response);
                    return Ok(response);
                }
                (Err(e), None) => return Err(e.into()),
                (_, Some(ra)) if attempt < self.max_attempts => {
                    let wait = self.delay(attempt, if ra.is_zero() { None } else { Some(ra) });
                    tracing::debug!(attempt, ?wait, uri = %request.uri(), "retrying oauth2 request");
                    tokio::time::sleep(wait).await;
                }
                _ => return Err(Error::Exhausted(attempt)),
            }
        }
    }
}

impl<'c> AsyncHttpClient<'c> for RetryClient {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, Self::Error>> + Send + Sync + 'c>>;

    fn call(&'c self, request: HttpRequest) -> Self::Future {
        Box::pin(self.execute(request))
    }
}
