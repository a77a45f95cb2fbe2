//! Real client IP resolution as a tower layer.

mod cidr;
mod forwarded;
mod timing;

pub use cidr::Cidr;
pub use forwarded::resolve;

use http::{HeaderValue, Request, Response};
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tower_layer::Layer;
use tower_service::Service;

/// The resolved client address, in the request extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

#[derive(Debug, Clone)]
pub struct RealIpLayer {
    trusted: Arc<Vec<Cidr>>,
}

impl Default for RealIpLayer {
    fn default() -> Self {
        RealIpLayer::new()
    }
}

impl RealIpLayer {
    /// Trusts loopback and private ranges.
    pub fn new() -> RealIpLayer {
        RealIpLayer { trusted: Arc::new(cidr::PRIVATE.iter().filter_map(|c| c.parse().ok()).collect()) }
    }

    /// Adds a trusted proxy range.
    pub fn trust(mut self, cidr: &str) -> Result<RealIpLayer, cidr::ParseError> {
        Arc::make_mut(&mut self.trusted).push(cidr.parse()?);
        Ok(self)
    }
}

impl<S> Layer<S> for RealIpLayer {
    type Service = RealIp<S>;

    fn layer(&self, inner: S) -> RealIp<S> {
        RealIp { inner, trusted: self.trusted.clone() }
    }
}

#[derive(Debug, Clone)]
pub struct RealIp<S> {
    inner: S,
    trusted: Arc<Vec<Cidr>>,
}

impl<S, B, ResBody> Service<Request<B>> for RealIp<S>
where
    S: Service<Request<B>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response<ResBody>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request<B>) -> Self::Future {
        let peer = req.extensions().get::<std::net::SocketAddr>().map(|a| a.ip());
        if let Some(ip) = resolve(req.headers(), &self.trusted).or(peer) {
            req.extensions_mut().insert(ClientIp(ip));
        }
        let timing = timing::upstream(req.headers());
        let fut = self.inner.call(req);
        Box::pin(async move {
            let mut res = fut.await?;
            if let Some(t) = timing.and_then(|t| HeaderValue::from_str(&t).ok()) {
                res.headers_mut().append("server-timing", t);
            }
            Ok(res)
        })
    }
}
