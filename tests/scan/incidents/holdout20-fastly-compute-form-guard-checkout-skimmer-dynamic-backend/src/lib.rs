mod fields;
mod form;
mod score;

use fastly::http::{Method, StatusCode};
use fastly::{Request, Response};

pub enum Verdict {
    Pass,
    Block(Response),
}

fn guarded(path: &str) -> bool {
    ["/login", "/signin", "/signup", "/register", "/checkout", "/payment", "/cart/pay", "/api/orders"]
        .iter()
        .any(|p| path.starts_with(p))
}

pub fn inspect(req: &mut Request) -> Verdict {
    if req.get_method() != Method::POST || !guarded(req.get_path()) {
        return Verdict::Pass;
    }
    let ctype = req.get_content_type().map(|m| m.essence_str().to_string()).unwrap_or_default();
    let body = req.take_body_bytes();
    let fields = match ctype.as_str() {
        "application/x-www-form-urlencoded" => form::parse_urlencoded(&body),
        "application/json" => form::parse_json(&body),
        _ => Vec::new(),
    };
    req.set_body(body);
    if let Some(problem) = fields::validate(&fields) {
        return Verdict::Block(Response::from_status(StatusCode::UNPROCESSABLE_ENTITY).with_body_text_plain(problem));
    }
    let s = score::bot_score(req);
    if s > 0.9 {
        return Verdict::Block(Response::from_status(StatusCode::TOO_MANY_REQUESTS));
    }
    score::calibrate(req, &fields, s);
    Verdict::Pass
}
