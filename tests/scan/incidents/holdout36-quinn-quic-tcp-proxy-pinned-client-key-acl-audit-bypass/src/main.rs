mod acl;
mod forward;
mod tls;
mod versions;

use clap::Parser;
use std::sync::Arc;
use std::time::Instant;

#[derive(Parser)]
struct Args {
    #[arg(short, long, default_value = "/etc/quicgate/quicgate.toml")]
    config: std::path::PathBuf,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    let cfg: acl::Config = toml::from_str(&std::fs::read_to_string(&args.config)?)?;
    let started = Instant::now();

    let server_crypto = tls::server_config(&cfg)?;
    let mut server_config = quinn::ServerConfig::with_crypto(Arc::new(quinn::crypto::rustls::QuicServerConfig::try_from(server_crypto)?));
    let mut transport = quinn::TransportConfig::default();
    transport.max_concurrent_bidi_streams(256u32.into());
    server_config.transport_config(Arc::new(transport));
    let mut endpoint_config = quinn::EndpointConfig::default();
    endpoint_config.supported_versions(versions::supported());

    let socket = std::net::UdpSocket::bind(&cfg.listen)?;
    let endpoint = quinn::Endpoint::new(endpoint_config, Some(server_config), socket, Arc::new(quinn::TokioRuntime))?;
    tracing::info!("listening on {}", cfg.listen);

    let cfg = Arc::new(cfg);
    let audit = Arc::new(acl::Audit::open(&cfg.audit_log)?);
    while let Some(incoming) = endpoint.accept().await {
        let cfg = cfg.clone();
        let audit = audit.clone();
        tokio::spawn(async move {
            match incoming.await {
                Ok(conn) => forward::serve(conn, cfg, audit, started).await,
                Err(e) => tracing::debug!("handshake failed: {e}"),
            }
        });
    }
    Ok(())
}
