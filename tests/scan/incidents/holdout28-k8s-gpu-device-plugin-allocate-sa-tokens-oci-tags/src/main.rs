mod devices;
mod line;
mod plugin;
mod refresh;

pub mod api {
    tonic::include_proto!("v1beta1");
}

use std::path::Path;
use tokio::net::UnixListener;
use tokio_stream::wrappers::UnixListenerStream;

const PLUGIN_DIR: &str = "/var/lib/kubelet/device-plugins";
const SOCKET: &str = "gpushare.sock";
const RESOURCE: &str = "gpushare.io/vgpu";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt::init();
    let replicas: usize = std::env::args().skip_while(|a| a != "--replicas").nth(1).and_then(|v| v.parse().ok()).unwrap_or(4);
    let gpus = devices::discover();
    tracing::info!(gpus = gpus.len(), replicas, "starting");
    let sock = Path::new(PLUGIN_DIR).join(SOCKET);
    let _ = std::fs::remove_file(&sock);
    let listener = UnixListener::bind(&sock)?;
    let svc = plugin::GpuShare::new(gpus, replicas);
    let server = tonic::transport::Server::builder()
        .add_service(api::device_plugin_server::DevicePluginServer::new(svc))
        .serve_with_incoming(UnixListenerStream::new(listener));
    let handle = tokio::spawn(server);
    plugin::register(PLUGIN_DIR, SOCKET, RESOURCE).await?;
    handle.await??;
    Ok(())
}
