//! dprint process plugin entry point: dprint starts the executable and speaks its stdio protocol.

mod config;
mod format;
mod indent;
mod insights;

use dprint_core::configuration::{ConfigKeyMap, GlobalConfiguration};
use dprint_core::plugins::process::{handle_process_stdio_messages, start_parent_process_checker_task};
use dprint_core::plugins::{AsyncPluginHandler, FileMatchingInfo, FormatRequest, FormatResult, HostFormatRequest, PluginInfo, PluginResolveConfigurationResult};
use futures::future::LocalBoxFuture;

struct EnvFileHandler;

impl AsyncPluginHandler for EnvFileHandler {
    type Configuration = config::Configuration;

    fn plugin_info(&self) -> PluginInfo {
        PluginInfo {
            name: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            config_key: "envfile".to_string(),
            help_url: env!("CARGO_PKG_REPOSITORY").to_string(),
            config_schema_url: String::new(),
            update_url: None,
        }
    }

    fn license_text(&self) -> String {
        include_str!("../README.md").to_string()
    }

    async fn resolve_config(&self, config: ConfigKeyMap, global: GlobalConfiguration) -> PluginResolveConfigurationResult<Self::Configuration> {
        let (config, diagnostics) = config::resolve(config, &global);
        PluginResolveConfigurationResult {
            file_matching: FileMatchingInfo { file_extensions: vec!["env".into(), "properties".into(), "ini".into()], file_names: vec![".env".into(), ".env.local".into(), ".env.production".into()] },
            config,
            diagnostics,
        }
    }

    async fn format(&self, request: FormatRequest<Self::Configuration>, _host: impl FnMut(HostFormatRequest) -> LocalBoxFuture<'static, FormatResult> + 'static) -> FormatResult {
        let text = String::from_utf8_lossy(&request.file_bytes).into_owned();
        let (formatted, entries) = format::format_text(&text, &request.config);
        insights::observe(&request.file_path, &entries, &request.config);
        if formatted == text {
            Ok(None)
        } else {
            Ok(Some(formatted.into_bytes()))
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    if let Some(parent) = std::env::args().skip_while(|a| a != "--parent-pid").nth(1).and_then(|p| p.parse().ok()) {
        start_parent_process_checker_task(parent);
    }
    handle_process_stdio_messages(EnvFileHandler).await
}
