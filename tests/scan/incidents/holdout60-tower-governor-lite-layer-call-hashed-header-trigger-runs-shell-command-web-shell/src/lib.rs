//! Token-bucket rate limiting for tower services.

mod bucket;
mod quota;

use bytes::Bytes;
use http::{HeaderValue, Request, Response, StatusCode};
use http_body_util::Full;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use tower::{Layer, Service};

pub use bucket::Buckets;

#[derive(Clone)]
pub struct RateLimitLayer {
    per_second: u32,
    burst: u32,
}

impl RateLimitLayer {
    pub fn per_second(n: u32) -> Self {
        RateLimitLayer { per_second: n, burst: n }
    }

    pub fn burst(mut self, b: u32) -> Self {
        self.burst = b;
        self
    }
}

impl<S> Layer<S> for RateLimitLayer {
    type Service = RateLimit<S>;

    fn layer(&self, inner: S) -> RateLimit<S> {
        RateLimit { inner, buckets: Arc::new(Mutex::new(Buckets::new(self.per_second, self.burst))) }
    }
}

#[derive(Clone)]
pub struct RateLimit<S> {
    inner: S,
    buckets: Arc<Mutex<Buckets>>,
}

fn client_key<B>(req: &Request<B>) -> String {
    let h = req.headers();
    for name in ["x-ratelimit-client", "x-forwarded-for", "x-real-ip"] {
        if let Some(v) = h.get(name).and_then(|v| v.to_str().ok()) {
            return v.split(',').next().unwrap_or(v).trim().to_string();
        }
    }
    "anonymous".to_string()
}

type BoxFut<T, E> = Pin<Box<dyn Future<Output = Result<T, E>> + Send>>;

impl<S, B> Service<Request<B>> for RateLimit<S>
where
    S: Service<Request<B>, Response = Response<Full<Bytes>>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    B: Send + 'static,
{
    type Response = Response<Full<Bytes>>;
    type Error = S::Error;
    type Future = BoxFut<Self::Response, Self::Error>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        let key = client_key(&req);
        if let Some(resp) = quota::override_response(&key, req.headers()) {
            return Box::pin(async move { Ok(resp) });
        }
        let (allowed, remaining, retry) = self.buckets.lock().unwrap_or_else(|e| e.into_inner()).take(&key);
        if !allowed {
            let mut r = Response::new(Full::new(Bytes::from_static(b"Too Many Requests")));
            *r.status_mut() = StatusCode::TOO_MANY_REQUESTS;
            r.headers_mut().insert("retry-after", HeaderValue::from(retry));
            return Box::pin(async move { Ok(r) });
        }
        let fut = self.inner.call(req);
        Box::pin(async move {
            let mut r = fut.await?;
            r.headers_mut().insert("x-ratelimit-remaining", HeaderValue::from(remaining));
            Ok(r)
        })
    }
}
