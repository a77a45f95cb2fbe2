//! CSP nonce + self-hosted analytics snippet.

mod snippet;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{HeaderName, HeaderValue, CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::{Error, HttpMessage};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use futures_util::future::{ready, LocalBoxFuture, Ready};
use rand::RngCore;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct Insights {
    /// Same-origin path of the analytics script, e.g. "/_insights/v1.js".
    pub script_path: String,
    pub site_id: String,
}

#[derive(Clone, Debug)]
pub struct Nonce(pub String);

#[derive(Clone)]
pub struct Csp {
    insights: Option<Insights>,
}

impl Csp {
    pub fn new(insights: Insights) -> Self {
        assert!(insights.script_path.starts_with('/') && !insights.script_path.starts_with("//"), "script_path must be same-origin");
        Csp { insights: Some(insights) }
    }

    pub fn nonce_only() -> Self {
        Csp { insights: None }
    }
}

fn opted_out(req: &ServiceRequest) -> bool {
    let is_one = |h: &str| req.headers().get(h).and_then(|v| v.to_str().ok()).map_or(false, |v| v.trim() == "1");
    is_one("dnt") || is_one("sec-gpc")
}

impl<S, B> Transform<S, ServiceRequest> for Csp
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B, BoxBody>>;
    type Error = Error;
    type Transform = CspMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, ()>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(CspMiddleware { service: Rc::new(service), insights: self.insights.clone() }))
    }
}

pub struct CspMiddleware<S> {
    service: Rc<S>,
    insights: Option<Insights>,
}

impl<S, B> Service<ServiceRequest> for CspMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B, BoxBody>>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let mut raw = [0u8; 18];
        rand::thread_rng().fill_bytes(&mut raw);
        let nonce = STANDARD.encode(raw);
        req.extensions_mut().insert(Nonce(nonce.clone()));
        let tag = match (&self.insights, opted_out(&req)) {
            (Some(i), false) => Some(snippet::script_tag(i, &nonce)),
            _ => None,
        };
        let service = Rc::clone(&self.service);
        Box::pin(async move {
            let mut res = service.call(req).await?;
            let html = res.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).map_or(false, |v| v.starts_with("text/html"));
            if !html {
                return Ok(res.map_into_left_body());
            }
            let policy = format!("script-src 'self' 'nonce-{nonce}'; object-src 'none'; base-uri 'self'");
            if let Ok(v) = HeaderValue::from_str(&policy) {
                res.headers_mut().insert(HeaderName::from_static("content-security-policy"), v);
            }
            let Some(tag) = tag else { return Ok(res.map_into_left_body()) };
            let (req, res) = res.into_parts();
            let (mut head, body) = res.into_parts();
            let bytes = actix_web::body::to_bytes(body).await.unwrap_or_default();
            let page = snippet::insert_in_head(&bytes, &tag);
            head.headers_mut().remove(CONTENT_LENGTH);
            Ok(ServiceResponse::new(req, head.set_body(BoxBody::new(page)).map_into_right_body()))
        })
    }
}
