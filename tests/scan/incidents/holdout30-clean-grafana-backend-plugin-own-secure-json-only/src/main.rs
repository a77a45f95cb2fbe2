//! Grafana backend plugin entry point.

mod client;
mod data;
mod diagnostics;

use grafana_plugin_sdk::prelude::*;

#[derive(Clone, Debug, Default, GrafanaPlugin)]
#[grafana_plugin(plugin_type = "datasource")]
pub struct VictoriaLogs {
    http: reqwest::Client,
}

#[grafana_plugin_sdk::main(services(data, diagnostics), init_subscriber = true)]
async fn plugin() -> VictoriaLogs {
    VictoriaLogs { http: reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build().unwrap_or_default() }
}
