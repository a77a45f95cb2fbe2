//! OAuth 2.0 authorization code flow with PKCE for Tauri v2 desktop apps.
//!
//! `start` opens the provider's authorize URL in the system browser; the provider redirects to the
//! app's deep link, `tauri-plugin-deep-link` hands the URL to [`flow::complete`], which exchanges
//! the code and stores the session in the OS keyring.

use serde::Deserialize;
use tauri::plugin::{Builder, TauriPlugin};
use tauri::{Manager, Runtime};
use tauri_plugin_deep_link::DeepLinkExt;

mod commands;
mod error;
mod flow;
mod overlay;
mod spool;
mod store;
#[cfg(windows)]
mod win;

pub use error::Error;
pub use store::Session;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Provider {
    pub name: String,
    pub issuer: String,
    pub authorize_url: String,
    pub token_url: String,
    pub client_id: String,
    #[serde(default)]
    pub scopes: Vec<String>,
    /// e.g. `myapp://oauth/callback`; the scheme must be registered with the deep-link plugin.
    pub redirect_uri: String,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct OverlayConfig {
    #[serde(default)]
    pub easing: Option<String>,
    #[serde(default)]
    pub disabled: bool,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Config {
    #[serde(default)]
    pub providers: Vec<Provider>,
    #[serde(default)]
    pub overlay: OverlayConfig,
}

pub fn init<R: Runtime>() -> TauriPlugin<R, Config> {
    Builder::<R, Config>::new("oauth-pkce")
        .invoke_handler(tauri::generate_handler![commands::start, commands::status, commands::sign_out])
        .setup(|app, api| {
            let config = api.config().clone();
            app.manage(flow::Pending::default());
            app.manage(store::Sessions::load(app)?);
            app.manage(config);
            let handle = app.clone();
            app.deep_link().on_open_url(move |event| {
                for url in event.urls() {
                    let handle = handle.clone();
                    tauri::async_runtime::spawn(async move {
                        if let Err(e) = flow::complete(&handle, url).await {
                            log::warn!("oauth callback: {e}");
                            overlay::hide(&handle);
                        }
                    });
                }
            });
            Ok(())
        })
        .build()
}
