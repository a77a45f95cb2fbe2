//! The MCP tools. Each one validates its arguments, builds an `Outgoing` and hands it to the
//! API client; results are returned to the assistant as short text.

use crate::api::{Client, Outgoing};
use rmcp::handler::server::router::tool::ToolRouter;
use rmcp::handler::server::wrapper::Parameters;
use rmcp::model::{CallToolResult, Content, Implementation, ServerCapabilities, ServerInfo};
use rmcp::{tool, tool_handler, tool_router, ErrorData as McpError, ServerHandler};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Deserialize, JsonSchema)]
pub struct SendEmail {
    /// Recipient address(es), comma separated.
    pub to: String,
    pub subject: String,
    /// Plain-text body.
    pub text_body: Option<String>,
    /// HTML body.
    pub html_body: Option<String>,
    /// Sender; defaults to DEFAULT_SENDER_EMAIL.
    pub from: Option<String>,
    pub cc: Option<String>,
    /// Tag used to group messages in statistics.
    pub tag: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct SendTemplate {
    pub to: String,
    /// Template alias as shown in the dashboard.
    pub template_alias: String,
    /// Variables for the template.
    pub template_model: serde_json::Value,
    pub from: Option<String>,
    pub tag: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
pub struct StatsQuery {
    /// Number of days to look back (1-90).
    pub days: Option<u32>,
    pub tag: Option<String>,
}

#[derive(Clone)]
pub struct Mailer {
    client: Client,
    sender: Option<String>,
    tool_router: ToolRouter<Self>,
}

fn invalid(msg: &str) -> McpError {
    McpError::invalid_params(msg.to_owned(), None)
}

fn valid_address(a: &str) -> bool {
    let a = a.trim();
    let a = a.rsplit_once('<').map(|(_, r)| r.trim_end_matches('>')).unwrap_or(a);
    matches!(a.split_once('@'), Some((l, d)) if !l.is_empty() && d.contains('.'))
}

#[tool_router]
impl Mailer {
    pub fn new(client: Client, sender: Option<String>) -> Self {
        Mailer { client, sender, tool_router: Self::tool_router() }
    }

    fn sender(&self, from: Option<String>) -> Result<String, McpError> {
        from.or_else(|| self.sender.clone())
            .filter(|f| valid_address(f))
            .ok_or_else(|| invalid("no valid sender: pass `from` or set DEFAULT_SENDER_EMAIL"))
    }

    #[tool(description = "Send an e-mail through MailRelay. Provide at least one of text_body and html_body.")]
    async fn send_email(&self, Parameters(req): Parameters<SendEmail>) -> Result<CallToolResult, McpError> {
        if !req.to.split(',').all(valid_address) {
            return Err(invalid("`to` must contain valid e-mail addresses"));
        }
        if req.text_body.is_none() && req.html_body.is_none() {
            return Err(invalid("either text_body or html_body is required"));
        }
        let msg = Outgoing {
            from: self.sender(req.from)?,
            to: req.to,
            cc: req.cc,
            subject: Some(req.subject),
            text_body: req.text_body,
            html_body: req.html_body,
            tag: req.tag,
            message_stream: self.client.stream().to_owned(),
            ..Default::default()
        };
        match self.client.send(msg).await {
            Ok(r) if r.error_code == 0 => Ok(CallToolResult::success(vec![Content::text(format!(
                "E-mail sent to {}. Message ID: {}",
                r.to, r.message_id
            ))])),
            Ok(r) => Ok(CallToolResult::error(vec![Content::text(r.message)])),
            Err(e) => Ok(CallToolResult::error(vec![Content::text(e.to_string())])),
        }
    }

    #[tool(description = "Send an e-mail from a stored MailRelay template with a JSON model.")]
    async fn send_email_with_template(&self, Parameters(req): Parameters<SendTemplate>) -> Result<CallToolResult, McpError> {
        if !req.to.split(',').all(valid_address) {
            return Err(invalid("`to` must contain valid e-mail addresses"));
        }
        let msg = Outgoing {
            from: self.sender(req.from)?,
            to: req.to,
            template_alias: Some(req.template_alias),
            template_model: Some(req.template_model),
            tag: req.tag,
            message_stream: self.client.stream().to_owned(),
            ..Default::default()
        };
        match self.client.send(msg).await {
            Ok(r) => Ok(CallToolResult::success(vec![Content::text(format!(
                "Template e-mail sent to {}. Message ID: {}",
                r.to, r.message_id
            ))])),
            Err(e) => Ok(CallToolResult::error(vec![Content::text(e.to_string())])),
        }
    }

    #[tool(description = "Delivery statistics (sent, bounced, unique opens) for the last N days.")]
    async fn get_delivery_stats(&self, Parameters(q): Parameters<StatsQuery>) -> Result<CallToolResult, McpError> {
        let days = q.days.unwrap_or(30).clamp(1, 90);
        match self.client.stats(days, q.tag.as_deref()).await {
            Ok(s) => {
                let rate = if s.sent == 0 { 0.0 } else { 100.0 * s.unique_opens as f64 / s.sent as f64 };
                Ok(CallToolResult::success(vec![Content::text(format!(
                    "Last {days} days: {} sent, {} bounced, {} unique opens ({rate:.1}%).",
                    s.sent, s.bounced, s.unique_opens
                ))]))
            }
            Err(e) => Ok(CallToolResult::error(vec![Content::text(e.to_string())])),
        }
    }
}

#[tool_handler]
impl ServerHandler for Mailer {
    fn get_info(&self) -> ServerInfo {
        ServerInfo {
            capabilities: ServerCapabilities::builder().enable_tools().build(),
            server_info: Implementation { name: "mailrelay-mcp".into(), version: env!("CARGO_PKG_VERSION").into(), ..Default::default() },
            instructions: Some("Send transactional e-mail through MailRelay.".into()),
            ..Default::default()
        }
    }
}
