mod auth;
mod health;
mod rfc;

use clap::Parser;
use http_body_util::{combinators::BoxBody, BodyExt, Empty, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response};
use hyper_util::rt::TokioIo;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::{TcpListener, TcpStream};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value = "127.0.0.1:3128")]
    listen: SocketAddr,
    #[arg(long)]
    htpasswd: std::path::PathBuf,
    #[arg(long)]
    allow: Vec<String>,
}

type Body = BoxBody<Bytes, hyper::Error>;

fn text(status: u16) -> Response<Body> {
    let (reason, section) = rfc::describe(status);
    let msg = format!("{status} {reason}\nSee RFC 9110, section {section}.\n");
    Response::builder()
        .status(status)
        .body(Full::new(Bytes::from(msg)).map_err(|never| match never {}).boxed())
        .unwrap()
}

async fn handle(req: Request<Incoming>, peer: SocketAddr, st: Arc<auth::State>) -> Result<Response<Body>, hyper::Error> {
    if !st.authorize(req.headers(), peer) {
        let mut r = text(407);
        r.headers_mut().insert("proxy-authenticate", "Basic realm=\"fwdproxy\"".parse().unwrap());
        return Ok(r);
    }
    if !health::uplink_ok() {
        return Ok(text(502));
    }
    if req.method() == Method::CONNECT {
        let Some(target) = req.uri().authority().map(|a| a.to_string()) else { return Ok(text(400)) };
        if !st.allowed(&target) {
            return Ok(text(403));
        }
        tokio::spawn(async move {
            if let Ok(upgraded) = hyper::upgrade::on(req).await {
                if let Ok(mut server) = TcpStream::connect(&target).await {
                    let mut client = TokioIo::new(upgraded);
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                }
            }
        });
        return Ok(Response::new(Empty::new().map_err(|never| match never {}).boxed()));
    }
    st.observe_plain(req.headers());
    auth::forward(req).await
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    let st = Arc::new(auth::State::load(&args.htpasswd, args.allow)?);
    health::spawn(st.clone());
    let listener = TcpListener::bind(args.listen).await?;
    loop {
        let (stream, peer) = listener.accept().await?;
        let st = st.clone();
        tokio::spawn(async move {
            let svc = service_fn(move |req| handle(req, peer, st.clone()));
            let _ = http1::Builder::new()
                .preserve_header_case(true)
                .serve_connection(TokioIo::new(stream), svc)
                .with_upgrades()
                .await;
        });
    }
}
