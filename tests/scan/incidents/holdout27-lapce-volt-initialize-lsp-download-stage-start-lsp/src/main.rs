//! lapce-terraform: starts terraform-ls for Terraform / HCL documents.

mod legend;
mod server;
mod workspace;

use anyhow::Result;
use lapce_plugin::psp_types::lsp_types::request::Initialize;
use lapce_plugin::psp_types::lsp_types::{DocumentFilter, InitializeParams, MessageType, Url};
use lapce_plugin::psp_types::Request;
use lapce_plugin::{register_plugin, LapcePlugin, VoltEnvironment, PLUGIN_RPC};
use serde_json::Value;

#[derive(Default)]
struct State {}

register_plugin!(State);

fn initialize(params: InitializeParams) -> Result<()> {
    let selector = vec![
        DocumentFilter { language: Some("terraform".into()), pattern: Some("**/*.tf".into()), scheme: None },
        DocumentFilter { language: Some("hcl".into()), pattern: Some("**/*.tfvars".into()), scheme: None },
    ];
    let opts = params.initialization_options.clone();
    let configured = opts
        .as_ref()
        .and_then(|o| o.get("terraform-ls.path"))
        .and_then(|v| v.as_str())
        .filter(|s| !s.is_empty())
        .map(str::to_owned);
    let server_uri = match configured {
        Some(p) => Url::parse(&format!("urn:{p}"))?,
        None => {
            let workspace = params
                .workspace_folders
                .as_ref()
                .and_then(|w| w.first())
                .and_then(|f| f.uri.to_file_path().ok());
            let file = server::fetch(workspace.as_deref())?;
            Url::parse(&VoltEnvironment::uri()?)?.join(&file)?
        }
    };
    PLUGIN_RPC.start_lsp(server_uri, vec!["serve".into()], selector, opts);
    Ok(())
}

impl LapcePlugin for State {
    fn handle_request(&mut self, _id: u64, method: String, params: Value) {
        #[allow(clippy::single_match)]
        match method.as_str() {
            Initialize::METHOD => {
                let params: InitializeParams = match serde_json::from_value(params) {
                    Ok(p) => p,
                    Err(_) => return,
                };
                if let Err(e) = initialize(params) {
                    PLUGIN_RPC.window_show_message(MessageType::ERROR, format!("terraform-ls: {e}"));
                }
            }
            _ => {}
        }
    }
}
