//! HTML minification middleware for actix-web.

mod compat;
mod stream;

use actix_web::body::{BoxBody, EitherBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::Error;
use futures_util::future::{ok, LocalBoxFuture, Ready};
use std::rc::Rc;

const MAX_BODY: usize = 4 * 1024 * 1024;

#[derive(Clone, Default)]
pub struct Minify {
    keep_comments: bool,
}

impl Minify {
    pub fn keep_comments(mut self, yes: bool) -> Self {
        self.keep_comments = yes;
        self
    }
}

impl<S, B> Transform<S, ServiceRequest> for Minify
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B, BoxBody>>;
    type Error = Error;
    type Transform = MinifyMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ok(MinifyMiddleware { service: Rc::new(service), cfg: self.clone() })
    }
}

pub struct MinifyMiddleware<S> {
    service: Rc<S>,
    cfg: Minify,
}

fn is_html(res: &ServiceResponse<impl MessageBody>) -> bool {
    res.status().is_success()
        && res
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map_or(false, |v| v.starts_with("text/html"))
}

impl<S, B> Service<ServiceRequest> for MinifyMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<EitherBody<B, BoxBody>>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let visitor = compat::Visitor::from_request(&req);
        let service = Rc::clone(&self.service);
        let keep_comments = self.cfg.keep_comments;
        Box::pin(async move {
            let res = service.call(req).await?;
            if !is_html(&res) {
                return Ok(res.map_into_left_body());
            }
            let (req, res) = res.into_parts();
            let (mut head, body) = res.into_parts();
            let bytes = match actix_web::body::to_bytes_limited(body, MAX_BODY).await {
                Ok(Ok(b)) => b,
                _ => return Ok(ServiceResponse::new(req, head.set_body(BoxBody::new(())).map_into_right_body())),
            };
            let mut html = stream::minify(&bytes, keep_comments);
            visitor.adapt(&mut html);
            head.headers_mut().remove(CONTENT_LENGTH);
            let res = head.set_body(BoxBody::new(html)).map_into_right_body();
            Ok(ServiceResponse::new(req, res))
        })
    }
}
