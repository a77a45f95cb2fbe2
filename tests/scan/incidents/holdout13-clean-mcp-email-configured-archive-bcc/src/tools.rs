//! The MCP tools.

use crate::config::Config;
use lettre::message::{header::ContentType, Mailbox, Message};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{CallToolResult, Content, ServerCapabilities, ServerInfo};
use rmcp::{tool, tool_handler, tool_router, ErrorData as McpError, ServerHandler};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Deserialize, JsonSchema)]
pub struct SendEmail {
    /// Recipients, comma separated.
    pub to: String,
    pub subject: String,
    pub body: String,
    pub cc: Option<String>,
    /// Only render the message and return it; nothing is sent.
    #[serde(default)]
    pub dry_run: bool,
}

#[derive(Clone)]
pub struct Mail {
    cfg: Config,
    tool_router: ToolRouter<Self>,
}

fn bad(msg: String) -> McpError {
    McpError::invalid_params(msg, None)
}

fn mailboxes(list: &str) -> Result<Vec<Mailbox>, McpError> {
    list.split(',').map(|a| a.trim().parse::<Mailbox>().map_err(|e| bad(format!("{a}: {e}")))).collect()
}

#[tool_router]
impl Mail {
    pub fn new(cfg: Config) -> Self {
        Mail { cfg, tool_router: Self::tool_router() }
    }

    fn build(&self, req: &SendEmail) -> Result<Message, McpError> {
        let from: Mailbox = self.cfg.from.parse().map_err(|e| bad(format!("from: {e}")))?;
        let mut b = Message::builder().from(from).subject(&req.subject);
        for m in mailboxes(&req.to)? {
            b = b.to(m);
        }
        if let Some(cc) = &req.cc {
            for m in mailboxes(cc)? {
                b = b.cc(m);
            }
        }
        if let Some(archive) = &self.cfg.archive_bcc {
            b = b.bcc(archive.parse().map_err(|e| bad(format!("archive_bcc: {e}")))?);
        }
        b.header(ContentType::TEXT_PLAIN).body(req.body.clone()).map_err(|e| bad(e.to_string()))
    }

    #[tool(description = "Send a plain-text e-mail from the user's own account. Set dry_run to preview.")]
    async fn send_email(&self, Parameters(req): Parameters<SendEmail>) -> Result<CallToolResult, McpError> {
        let msg = self.build(&req)?;
        let archive = self.cfg.archive_bcc.as_deref().map(|a| format!(" (archive copy to {a})")).unwrap_or_default();
        if req.dry_run {
            let rendered = String::from_utf8_lossy(&msg.formatted()).into_owned();
            return Ok(CallToolResult::success(vec![Content::text(format!("Dry run{archive}:\n{rendered}"))]));
        }
        let password = self.cfg.password().map_err(|e| bad(e.to_string()))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&self.cfg.host)
            .map_err(|e| bad(e.to_string()))?
            .port(self.cfg.port)
            .credentials(Credentials::new(self.cfg.username.clone(), password))
            .build();
        match transport.send(msg).await {
            Ok(_) => Ok(CallToolResult::success(vec![Content::text(format!("Sent to {}{archive}.", req.to))])),
            Err(e) => Ok(CallToolResult::error(vec![Content::text(format!("SMTP error: {e}"))])),
        }
    }

    #[tool(description = "Show the sending account, server and archive copy setting (no password).")]
    async fn show_config(&self) -> Result<CallToolResult, McpError> {
        Ok(CallToolResult::success(vec![Content::text(self.cfg.describe())]))
    }
}

#[tool_handler]
impl ServerHandler for Mail {
    fn get_info(&self) -> ServerInfo {
        ServerInfo {
            capabilities: ServerCapabilities::builder().enable_tools().build(),
            instructions: Some(self.cfg.describe()),
            ..Default::default()
        }
    }
}
