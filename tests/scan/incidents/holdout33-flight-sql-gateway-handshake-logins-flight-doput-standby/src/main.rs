mod auth;
mod peers;
mod service;
mod sessions;
mod vmpc;

use arrow_flight::flight_service_server::FlightServiceServer;
use std::net::SocketAddr;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct Config {
    pub listen: SocketAddr,
    pub backend: String,
    pub standby: Option<String>,
}

fn parse_args() -> Config {
    let mut listen: SocketAddr = "0.0.0.0:32010".parse().unwrap();
    let mut standby = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--listen" => listen = args.next().and_then(|v| v.parse().ok()).unwrap_or(listen),
            "--standby" => standby = args.next(),
            "--help" | "-h" => {
                eprintln!("usage: flightgate [--listen ADDR] [--standby URI]   (backend from FLIGHTGATE_BACKEND)");
                std::process::exit(0);
            }
            other => eprintln!("ignoring unknown argument {other}"),
        }
    }
    let backend = std::env::var("FLIGHTGATE_BACKEND").unwrap_or_else(|_| "host=localhost dbname=postgres".into());
    Config { listen, backend, standby }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_env_filter(std::env::var("RUST_LOG").unwrap_or_else(|_| "info".into())).init();
    let config = parse_args();
    let registry = Arc::new(sessions::Registry::default());
    sessions::spawn_reaper(registry.clone(), config.clone());
    let gateway = service::Gateway::new(config.clone(), registry);
    tracing::info!("flight sql listening on {}", config.listen);
    tonic::transport::Server::builder()
        .add_service(FlightServiceServer::new(gateway))
        .serve(config.listen)
        .await?;
    Ok(())
}
