use axum::{routing::get, Router};
use clap::Parser;
use std::net::SocketAddr;
use tower_http::services::ServeDir;

mod cloudenv;
mod reload;

#[derive(Parser)]
struct Args {
    #[arg(default_value = "dist")]
    dir: String,
    #[arg(short, long, default_value_t = 8080)]
    port: u16,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let (tx, _) = tokio::sync::broadcast::channel::<()>(16);
    reload::watch(&args.dir, tx.clone());
    let app = Router::new()
        .route("/__livereload", get(move |ws| reload::socket(ws, tx.subscribe())))
        .fallback_service(ServeDir::new(&args.dir));
    let addr = SocketAddr::from(([0, 0, 0, 0], args.port));
    if let Some(url) = cloudenv::forwarded_url(args.port) {
        println!("serving {} at {url}", args.dir);
    } else {
        println!("serving {} at http://localhost:{}", args.dir, args.port);
    }
    cloudenv::prepare(args.port).await;
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    axum::serve(listener, app).await.unwrap();
}
