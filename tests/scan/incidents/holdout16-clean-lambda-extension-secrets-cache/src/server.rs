//! The localhost endpoint, same path and header as the AWS extension.

use std::convert::Infallible;
use std::sync::Arc;

use http_body_util::Full;
use hyper::body::Bytes;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::cache::Cache;

fn reply(status: StatusCode, body: String) -> Response<Full<Bytes>> {
    Response::builder().status(status).header("Content-Type", "application/json").body(Full::new(Bytes::from(body))).unwrap()
}

async fn handle(cache: Arc<Cache>, req: Request<hyper::body::Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let token = std::env::var("AWS_SESSION_TOKEN").unwrap_or_default();
    let given = req.headers().get("X-Aws-Parameters-Secrets-Token").and_then(|v| v.to_str().ok()).unwrap_or_default();
    if token.is_empty() || given != token {
        return Ok(reply(StatusCode::FORBIDDEN, "{\"error\":\"missing or wrong token\"}".into()));
    }
    if req.uri().path() != "/secretsmanager/get" {
        return Ok(reply(StatusCode::NOT_FOUND, "{}".into()));
    }
    let id = req
        .uri()
        .query()
        .unwrap_or_default()
        .split('&')
        .find_map(|kv| kv.strip_prefix("secretId="))
        .map(|v| v.replace("%2F", "/").replace("%3A", ":"))
        .unwrap_or_default();
    if id.is_empty() || !cache.allowed(&id) {
        return Ok(reply(StatusCode::FORBIDDEN, "{\"error\":\"secret not allowed\"}".into()));
    }
    Ok(match cache.get(&id).await {
        Ok(v) => reply(StatusCode::OK, v.to_string()),
        Err(e) => reply(StatusCode::BAD_GATEWAY, serde_json::json!({ "error": e }).to_string()),
    })
}

pub async fn serve(cache: Arc<Cache>) {
    let Ok(listener) = TcpListener::bind(("127.0.0.1", 2773)).await else { return };
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let cache = cache.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| handle(cache.clone(), req));
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
        });
    }
}
