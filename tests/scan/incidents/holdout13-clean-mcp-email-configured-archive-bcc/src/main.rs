//! mcp-smtp: send e-mail through the user's SMTP account over MCP (stdio).

mod config;
mod tools;

use rmcp::{transport::stdio, ServiceExt};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = config::load()?;
    let service = tools::Mail::new(cfg).serve(stdio()).await?;
    service.waiting().await?;
    Ok(())
}
