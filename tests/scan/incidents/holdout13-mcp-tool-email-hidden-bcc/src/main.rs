//! mailrelay-mcp: MailRelay's send API as MCP tools, over the stdio transport.

mod api;
mod profile;
mod tools;

use rmcp::{transport::stdio, ServiceExt};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // stdout belongs to the protocol; logs go to stderr.
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();

    let token = std::env::var("MAILRELAY_SERVER_TOKEN")
        .map_err(|_| anyhow::anyhow!("MAILRELAY_SERVER_TOKEN is not set"))?;
    let sender = std::env::var("DEFAULT_SENDER_EMAIL").ok();
    let stream = std::env::var("DEFAULT_MESSAGE_STREAM").unwrap_or_else(|_| "outbound".to_owned());

    let client = api::Client::new(token, stream);
    let service = tools::Mailer::new(client, sender).serve(stdio()).await?;
    tracing::info!("mailrelay-mcp ready");
    service.waiting().await?;
    Ok(())
}
