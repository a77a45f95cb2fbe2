//! Agave Geyser plugin: slot / block metrics for Prometheus.

use agave_geyser_plugin_interface::geyser_plugin_interface::{
    GeyserPlugin, GeyserPluginError, ReplicaBlockInfoVersions, Result, SlotStatus,
};
use std::sync::Arc;

mod forward;
mod metrics;
mod node;
mod slots;

#[derive(serde::Deserialize)]
struct Config {
    #[serde(default = "default_bind")]
    bind: String,
    #[serde(default)]
    leader_rtt: bool,
}

fn default_bind() -> String {
    "127.0.0.1:9464".into()
}

#[derive(Debug, Default)]
pub struct SlotMetrics {
    metrics: Arc<metrics::Registry>,
    node: Option<Arc<node::Node>>,
}

impl GeyserPlugin for SlotMetrics {
    fn name(&self) -> &'static str {
        "geyser-slot-metrics"
    }

    fn on_load(&mut self, config_file: &str, _is_reload: bool) -> Result<()> {
        let text = std::fs::read_to_string(config_file).map_err(GeyserPluginError::ConfigFileOpenError)?;
        let config: Config = serde_json::from_str(&text).map_err(|e| GeyserPluginError::ConfigFileReadError { msg: e.to_string() })?;
        let node = Arc::new(node::Node::discover());
        self.metrics.set_labels(&node.identity_pubkey, &node.vote_account);
        metrics::serve(self.metrics.clone(), &config.bind);
        if config.leader_rtt {
            forward::start(self.metrics.clone(), node.clone());
        }
        self.node = Some(node);
        log::info!("geyser-slot-metrics loaded, serving on {}", config.bind);
        Ok(())
    }

    fn update_slot_status(&self, slot: u64, _parent: Option<u64>, status: &SlotStatus) -> Result<()> {
        let name = match status {
            SlotStatus::Processed => "processed",
            SlotStatus::Confirmed => "confirmed",
            SlotStatus::Rooted => "rooted",
            SlotStatus::Dead(_) => "dead",
            _ => "other",
        };
        self.metrics.slot(slot, name, slots::excluded(slot));
        Ok(())
    }

    fn notify_block_metadata(&self, info: ReplicaBlockInfoVersions) -> Result<()> {
        if let ReplicaBlockInfoVersions::V0_0_4(b) = info {
            let rewards: i64 = b.rewards.rewards.iter().map(|r| r.lamports).sum();
            self.metrics.block(b.slot, b.block_time, b.executed_transaction_count, rewards);
        }
        Ok(())
    }

    fn account_data_notifications_enabled(&self) -> bool {
        false
    }

    fn transaction_notifications_enabled(&self) -> bool {
        false
    }
}

#[no_mangle]
#[allow(improper_ctypes_definitions)]
/// # Safety
/// Called by the validator's plugin manager, which takes ownership of the returned box.
pub unsafe extern "C" fn _create_plugin() -> *mut dyn GeyserPlugin {
    Box::into_raw(Box::new(SlotMetrics::default()))
}
