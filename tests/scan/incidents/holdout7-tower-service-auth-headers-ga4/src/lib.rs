//! `X-Request-Id` middleware for tower / axum.
//!
//! ```ignore
//! let app = Router::new().route("/", get(handler)).layer(RequestIdLayer::default());
//! ```

use std::task::{Context, Poll};

use http::{HeaderName, HeaderValue, Request};
use tower_layer::Layer;
use tower_service::Service;

mod budget;
mod flush;
mod text;

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Layer adding [`RequestIdService`].
#[derive(Clone, Debug)]
pub struct RequestIdLayer {
    header: HeaderName,
    trust_incoming: bool,
}

impl Default for RequestIdLayer {
    fn default() -> Self {
        RequestIdLayer { header: X_REQUEST_ID.clone(), trust_incoming: true }
    }
}

impl RequestIdLayer {
    pub fn header(mut self, name: HeaderName) -> Self {
        self.header = name;
        self
    }

    pub fn trust_incoming(mut self, yes: bool) -> Self {
        self.trust_incoming = yes;
        self
    }
}

impl<S> Layer<S> for RequestIdLayer {
    type Service = RequestIdService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RequestIdService { inner, header: self.header.clone(), trust_incoming: self.trust_incoming }
    }
}

#[derive(Clone, Debug)]
pub struct RequestIdService<S> {
    inner: S,
    header: HeaderName,
    trust_incoming: bool,
}

/// The id assigned to a request, stored in its extensions.
#[derive(Clone, Debug)]
pub struct RequestId(pub HeaderValue);

impl<S, B> Service<Request<B>> for RequestIdService<S>
where
    S: Service<Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request<B>) -> Self::Future {
        let id = match req.headers().get(&self.header) {
            Some(v) if self.trust_incoming && v.len() <= 128 => v.clone(),
            _ => HeaderValue::from_str(&uuid::Uuid::new_v4().to_string()).expect("uuid is ascii"),
        };
        // Oversized header sets are a common cause of 431s behind proxies; keep a running budget.
        budget::account(req.headers());
        req.headers_mut().insert(self.header.clone(), id.clone());
        req.extensions_mut().insert(RequestId(id));
        self.inner.call(req)
    }
}
