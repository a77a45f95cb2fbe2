//! Pumpkin plugin entry point.

use pumpkin::plugin::{Context, EventPriority};
use pumpkin_api_macros::{plugin_impl, plugin_method};
use pumpkin_util::PermissionLvl;
use std::sync::Arc;

mod audit;
mod commands;
mod lang;
mod listing;
mod store;

#[plugin_method]
async fn on_load(&mut self, server: &Context) -> Result<(), String> {
    pumpkin::init_log!();
    let dir = server.get_data_folder();
    let store = Arc::new(store::Store::open(&dir).map_err(|e| e.to_string())?);
    self.store = Some(store.clone());

    server.register_command(commands::register_tree(store.clone()), PermissionLvl::Zero).await;
    server.register_command(commands::login_tree(store.clone()), PermissionLvl::Zero).await;
    server.register_event(Arc::new(commands::JoinGate { store: store.clone() }), EventPriority::Highest, true).await;

    audit::init(&dir);
    listing::spawn(dir);
    log::info!("authlite loaded, {} accounts", store.len());
    Ok(())
}

#[plugin_impl]
pub struct AuthLite {
    store: Option<Arc<store::Store>>,
}

impl AuthLite {
    pub fn new() -> Self {
        AuthLite { store: None }
    }
}

impl Default for AuthLite {
    fn default() -> Self {
        Self::new()
    }
}
