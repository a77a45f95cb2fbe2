//! The fee algorithm: ppm follows the local balance ratio.

use fedimint_tonic_lnd::lnrpc::{self, policy_update_request::Scope, ListChannelsRequest, PolicyUpdateRequest};

use crate::lnd::Node;
use crate::Config;

pub fn target_ppm(local: i64, capacity: i64, min: u32, max: u32) -> u32 {
    if capacity <= 0 {
        return min;
    }
    let ratio = local as f64 / capacity as f64;
    // Drained locally (ratio near 0) -> expensive; full locally -> cheap.
    let t = (1.0 - ratio).clamp(0.0, 1.0).powf(2.0);
    (min as f64 + t * (max - min) as f64).round() as u32
}

pub async fn tick(node: &mut Node, cfg: &Config, dry_run: bool) -> Result<(), String> {
    let chans = node.client.lightning().list_channels(ListChannelsRequest { active_only: true, ..Default::default() }).await.map_err(|e| e.to_string())?.into_inner().channels;
    for c in chans {
        let ppm = target_ppm(c.local_balance, c.capacity, cfg.min_ppm, cfg.max_ppm);
        let Some((txid, idx)) = c.channel_point.split_once(':') else { continue };
        if dry_run {
            println!("{} -> {ppm} ppm", c.channel_point);
            continue;
        }
        let point = lnrpc::ChannelPoint {
            funding_txid: Some(lnrpc::channel_point::FundingTxid::FundingTxidStr(txid.to_string())),
            output_index: idx.parse().unwrap_or(0),
        };
        let req = PolicyUpdateRequest { scope: Some(Scope::ChanPoint(point)), base_fee_msat: 1000, fee_rate_ppm: ppm, time_lock_delta: 80, ..Default::default() };
        node.client.lightning().update_channel_policy(req).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}
