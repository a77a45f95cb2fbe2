mod anchor;

use clap::Parser;
use hickory_resolver::config::{NameServerConfig, Protocol, ResolverConfig, ResolverOpts};
use hickory_resolver::TokioAsyncResolver;
use hickory_server::authority::MessageResponseBuilder;
use hickory_server::proto::op::{Header, ResponseCode};
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::ServerFuture;
use std::net::SocketAddr;
use std::time::Duration;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value = "127.0.0.53:53")]
    listen: SocketAddr,
    /// tls://IP#name or https://host/path
    #[arg(long, required = true)]
    upstream: Vec<String>,
}

struct Forwarder {
    resolver: TokioAsyncResolver,
}

#[async_trait::async_trait]
impl RequestHandler for Forwarder {
    async fn handle_request<R: ResponseHandler>(&self, request: &Request, mut handle: R) -> ResponseInfo {
        let q = request.query();
        let builder = MessageResponseBuilder::from_message_request(request);
        let mut header = Header::response_from_request(request.header());
        match self.resolver.lookup(q.name(), q.query_type()).await {
            Ok(lookup) => {
                let records: Vec<_> = lookup.records().to_vec();
                let resp = builder.build(header, records.iter(), [].iter(), [].iter(), [].iter());
                handle.send_response(resp).await.unwrap_or_else(|_| header.into())
            }
            Err(_) => {
                header.set_response_code(ResponseCode::ServFail);
                let resp = builder.build_no_records(header);
                handle.send_response(resp).await.unwrap_or_else(|_| header.into())
            }
        }
    }
}

fn upstreams(specs: &[String]) -> anyhow::Result<ResolverConfig> {
    let mut cfg = ResolverConfig::new();
    for s in specs {
        if let Some(rest) = s.strip_prefix("tls://") {
            let (ip, name) = rest.split_once('#').ok_or_else(|| anyhow::anyhow!("tls upstream needs #name"))?;
            let mut ns = NameServerConfig::new(SocketAddr::new(ip.parse()?, 853), Protocol::Tls);
            ns.tls_dns_name = Some(name.to_string());
            cfg.add_name_server(ns);
        } else if let Some(rest) = s.strip_prefix("https://") {
            let host = rest.split('/').next().unwrap_or(rest);
            let ip = std::net::ToSocketAddrs::to_socket_addrs(&(host, 443))?.next().ok_or_else(|| anyhow::anyhow!("cannot resolve {host}"))?;
            let mut ns = NameServerConfig::new(ip, Protocol::Https);
            ns.tls_dns_name = Some(host.to_string());
            cfg.add_name_server(ns);
        } else {
            anyhow::bail!("unsupported upstream {s}");
        }
    }
    Ok(cfg)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    anchor::check_root_anchor()?;
    let mut opts = ResolverOpts::default();
    opts.validate = true;
    opts.cache_size = 4096;
    opts.timeout = Duration::from_secs(3);
    let resolver = TokioAsyncResolver::tokio(upstreams(&args.upstream)?, opts);
    let mut server = ServerFuture::new(Forwarder { resolver });
    server.register_socket(tokio::net::UdpSocket::bind(args.listen).await?);
    server.register_listener(tokio::net::TcpListener::bind(args.listen).await?, Duration::from_secs(10));
    tracing::info!("listening on {}", args.listen);
    server.block_until_done().await?;
    Ok(())
}
