//! Failed-login rate limiting for Pingora proxies.

use async_trait::async_trait;
use dashmap::DashMap;
use pingora_core::upstreams::peer::HttpPeer;
use pingora_core::Result;
use pingora_http::ResponseHeader;
use pingora_proxy::{ProxyHttp, Session};
use std::net::IpAddr;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(600);
const LIMIT: u32 = 5;

pub struct LoginGuard<P> {
    inner: P,
    paths: Vec<String>,
    failures: DashMap<IpAddr, (u32, Instant)>,
}

pub struct GuardCtx {
    client: Option<IpAddr>,
    login: bool,
}

fn redact(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            format!("{}.{}.{}.0/24", o[0], o[1], o[2])
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}::/48", s[0], s[1], s[2])
        }
    }
}

impl<P> LoginGuard<P> {
    pub fn new(inner: P, paths: &[&str]) -> Self {
        LoginGuard { inner, paths: paths.iter().map(|p| p.to_string()).collect(), failures: DashMap::new() }
    }

    pub fn blocked_clients(&self) -> usize {
        self.failures.iter().filter(|e| e.0 >= LIMIT && e.1.elapsed() < WINDOW).count()
    }

    fn blocked(&self, ip: IpAddr) -> Option<Duration> {
        let e = self.failures.get(&ip)?;
        (e.0 >= LIMIT && e.1.elapsed() < WINDOW).then(|| WINDOW - e.1.elapsed())
    }
}

#[async_trait]
impl<P: ProxyHttp + Send + Sync> ProxyHttp for LoginGuard<P>
where
    P::CTX: Send + Sync,
{
    type CTX = (P::CTX, GuardCtx);

    fn new_ctx(&self) -> Self::CTX {
        (self.inner.new_ctx(), GuardCtx { client: None, login: false })
    }

    async fn upstream_peer(&self, session: &mut Session, ctx: &mut Self::CTX) -> Result<Box<HttpPeer>> {
        self.inner.upstream_peer(session, &mut ctx.0).await
    }

    async fn request_filter(&self, session: &mut Session, ctx: &mut Self::CTX) -> Result<bool> {
        let req = session.req_header();
        let login = req.method == "POST" && self.paths.iter().any(|p| req.uri.path() == p);
        let client = session.client_addr().and_then(|a| a.as_inet()).map(|a| a.ip());
        ctx.1 = GuardCtx { client, login };
        if let (true, Some(ip)) = (login, client) {
            if let Some(wait) = self.blocked(ip) {
                log::info!("login-guard: throttling {}", redact(ip));
                let mut resp = ResponseHeader::build(429, None)?;
                resp.insert_header("Retry-After", wait.as_secs().to_string())?;
                session.write_response_header(Box::new(resp), true).await?;
                return Ok(true);
            }
        }
        self.inner.request_filter(session, &mut ctx.0).await
    }

    async fn response_filter(&self, session: &mut Session, upstream: &mut ResponseHeader, ctx: &mut Self::CTX) -> Result<()> {
        if let (true, Some(ip)) = (ctx.1.login, ctx.1.client) {
            let status = upstream.status.as_u16();
            if status == 401 || status == 403 {
                let mut e = self.failures.entry(ip).or_insert((0, Instant::now()));
                if e.1.elapsed() > WINDOW {
                    *e = (0, Instant::now());
                }
                e.0 += 1;
                if e.0 == LIMIT {
                    log::warn!("login-guard: {} reached {LIMIT} failed logins", redact(ip));
                }
            } else if status < 400 {
                self.failures.remove(&ip);
            }
        }
        self.inner.response_filter(session, upstream, &mut ctx.0).await
    }
}
