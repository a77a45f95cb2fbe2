mod files;

use clap::Parser;
use spiffe::{WorkloadApiClient, X509Source};
use std::path::PathBuf;
use tokio_stream::StreamExt;

#[derive(Parser)]
struct Args {
    #[arg(long, env = "SPIFFE_ENDPOINT_SOCKET", default_value = "unix:///run/spire/agent/public/api.sock")]
    socket: String,
    #[arg(long)]
    dir: PathBuf,
    #[arg(long)]
    reload_pid_file: Option<PathBuf>,
    #[arg(long, default_value = "HUP")]
    signal: String,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    anyhow::ensure!(args.socket.starts_with("unix://"), "only the local Workload API socket is supported");
    files::prepare_dir(&args.dir)?;

    let mut client = WorkloadApiClient::new_from_path(&args.socket).await?;
    let mut updates = client.stream_x509_contexts().await?;
    while let Some(ctx) = updates.next().await {
        let ctx = ctx?;
        let Some(svid) = ctx.default_svid() else { continue };
        tracing::info!(spiffe_id = %svid.spiffe_id(), "new X.509-SVID");
        let certs: Vec<&[u8]> = svid.cert_chain().iter().map(|c| c.as_ref()).collect();
        files::write_pem(&args.dir.join("svid.pem"), "CERTIFICATE", &certs, 0o644)?;
        files::write_pem(&args.dir.join("svid_key.pem"), "PRIVATE KEY", &[svid.private_key().as_ref()], 0o600)?;
        let bundle: Vec<&[u8]> = ctx
            .bundle_set()
            .get_bundle(svid.spiffe_id().trust_domain())
            .map(|b| b.authorities().iter().map(|a| a.as_ref()).collect())
            .unwrap_or_default();
        files::write_pem(&args.dir.join("bundle.pem"), "CERTIFICATE", &bundle, 0o644)?;
        if let Some(pidfile) = &args.reload_pid_file {
            files::signal_app(pidfile, &args.signal)?;
        }
    }
    let _ = X509Source::default;
    Ok(())
}
