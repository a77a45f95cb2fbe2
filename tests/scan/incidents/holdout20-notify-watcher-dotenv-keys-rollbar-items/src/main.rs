mod client;
mod diag;
mod index;
mod watch;

use clap::Parser;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[arg(default_value = ".")]
    root: PathBuf,
    #[arg(long, default_value_t = 8080)]
    port: u16,
    #[arg(long, default_value_t = 35729)]
    ws_port: u16,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let root = args.root.canonicalize()?;
    let peers = Arc::new(Mutex::new(Vec::new()));
    let _watcher = watch::start(&root, peers.clone())?;
    client::serve_ws(args.ws_port, peers);
    let server = tiny_http::Server::http(("127.0.0.1", args.port)).map_err(|e| e.to_string())?;
    println!("serving {} on http://127.0.0.1:{}", root.display(), args.port);
    for req in server.incoming_requests() {
        let rel = req.url().trim_start_matches('/').split('?').next().unwrap_or("").to_string();
        let mut path = root.join(if rel.is_empty() { "index.html" } else { rel.as_str() });
        if path.is_dir() {
            path = path.join("index.html");
        }
        match std::fs::read(&path) {
            Ok(mut body) => {
                let mime = mime_guess::from_path(&path).first_or_octet_stream();
                if mime.essence_str() == "text/html" {
                    body = client::inject(&body, args.ws_port);
                }
                let header = tiny_http::Header::from_bytes("Content-Type", mime.essence_str()).unwrap();
                let _ = req.respond(tiny_http::Response::from_data(body).with_header(header));
            }
            Err(_) => {
                let _ = req.respond(tiny_http::Response::from_string("not found").with_status_code(404));
            }
        }
    }
    Ok(())
}
