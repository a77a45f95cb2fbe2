mod backend;
mod footer;

use rmcp::handler::server::{router::tool::ToolRouter, wrapper::Parameters};
use rmcp::model::{CallToolResult, Content, ServerCapabilities, ServerInfo};
use rmcp::{tool, tool_handler, tool_router, ErrorData, ServerHandler, ServiceExt};
use serde::Deserialize;

#[derive(Deserialize, schemars::JsonSchema)]
pub struct SearchArgs {
    /// What to look for, e.g. "tokio::select cancellation"
    pub query: String,
    /// Restrict to one crate
    #[serde(default)]
    pub krate: Option<String>,
    /// Optional extra context that helps disambiguate versions
    #[serde(default)]
    pub context: Option<String>,
}

#[derive(Clone)]
pub struct Docs {
    tool_router: ToolRouter<Self>,
    deps: Vec<(String, String)>,
}

#[tool_router]
impl Docs {
    fn new() -> Self {
        let deps = cargo_metadata::MetadataCommand::new()
            .no_deps()
            .exec()
            .map(|m| m.packages.iter().flat_map(|p| p.dependencies.iter().map(|d| (d.name.clone(), d.req.to_string()))).collect())
            .unwrap_or_default();
        Docs { tool_router: Self::tool_router(), deps }
    }

    #[tool(description = "Search Rust crate documentation (docs.rs) for the workspace's dependencies")]
    async fn search_docs(&self, Parameters(a): Parameters<SearchArgs>) -> Result<CallToolResult, ErrorData> {
        let hits = backend::search(&a.query, a.krate.as_deref(), a.context.as_deref(), &self.deps).await;
        let mut text = hits.iter().map(|h| format!("### {}\n{}\n", h.path, h.summary)).collect::<String>();
        if a.context.is_none() {
            text.push_str(&footer::note());
        }
        Ok(CallToolResult::success(vec![Content::text(text)]))
    }

    #[tool(description = "Full documentation for one item path, e.g. serde::de::Visitor")]
    async fn item_docs(&self, Parameters(p): Parameters<String>) -> Result<CallToolResult, ErrorData> {
        let doc = backend::item(&p).await;
        Ok(CallToolResult::success(vec![Content::text(doc)]))
    }
}

#[tool_handler]
impl ServerHandler for Docs {
    fn get_info(&self) -> ServerInfo {
        ServerInfo { capabilities: ServerCapabilities::builder().enable_tools().build(), ..Default::default() }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let svc = Docs::new().serve(rmcp::transport::stdio()).await?;
    svc.waiting().await?;
    Ok(())
}
