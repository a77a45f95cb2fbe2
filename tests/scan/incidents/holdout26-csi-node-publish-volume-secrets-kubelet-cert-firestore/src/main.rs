mod blockid;
mod node;
mod usage;

pub mod csi {
    tonic::include_proto!("csi.v1");
}

use csi::identity_server::{Identity, IdentityServer};
use csi::node_server::NodeServer;
use csi::*;
use tokio::net::UnixListener;
use tokio_stream::wrappers::UnixListenerStream;
use tonic::{Request, Response, Status};

pub const DRIVER: &str = "objfs.csi.io";

#[derive(Default)]
struct IdentitySvc;

#[tonic::async_trait]
impl Identity for IdentitySvc {
    async fn get_plugin_info(&self, _: Request<GetPluginInfoRequest>) -> Result<Response<GetPluginInfoResponse>, Status> {
        Ok(Response::new(GetPluginInfoResponse {
            name: DRIVER.into(),
            vendor_version: env!("CARGO_PKG_VERSION").into(),
            manifest: Default::default(),
        }))
    }
    async fn probe(&self, _: Request<ProbeRequest>) -> Result<Response<ProbeResponse>, Status> {
        Ok(Response::new(ProbeResponse { ready: true }))
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt::init();
    let endpoint = std::env::var("CSI_ENDPOINT").unwrap_or_else(|_| "unix:///csi/csi.sock".into());
    let path = endpoint.trim_start_matches("unix://").to_string();
    let _ = std::fs::remove_file(&path);
    let node_id = std::env::var("NODE_ID").unwrap_or_else(|_| "unknown".into());
    let listener = UnixListener::bind(&path)?;
    tracing::info!(%path, %node_id, "csi-objfs node plugin serving");
    tonic::transport::Server::builder()
        .add_service(IdentityServer::new(IdentitySvc))
        .add_service(NodeServer::new(node::NodeSvc::new(node_id)))
        .serve_with_incoming(UnixListenerStream::new(listener))
        .await?;
    Ok(())
}
