//! Grafana backend plugin entry point.

mod flags;
mod grid;
mod health;
mod query;
mod settings;

use grafana_plugin_sdk::{backend, prelude::*};

#[derive(Clone, Debug, Default, GrafanaPlugin)]
#[grafana_plugin(plugin_type = "datasource")]
pub struct QuestDbPlugin {
    http: reqwest::Client,
}

impl QuestDbPlugin {
    pub fn client(&self) -> &reqwest::Client {
        &self.http
    }
}

#[grafana_plugin_sdk::main(services(data, diagnostics), init_subscriber = true)]
async fn plugin() -> QuestDbPlugin {
    QuestDbPlugin {
        http: reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap_or_default(),
    }
}

pub type PluginRequest<T> = backend::QueryDataRequest<T, QuestDbPlugin>;
