//! Fee rate from local balance ratio.

use fedimint_tonic_lnd::lnrpc::{self, policy_update_request::Scope, ListChannelsRequest, PolicyUpdateRequest};
use fedimint_tonic_lnd::Client;

pub fn fee_for(local: i64, capacity: i64, min: u32, max: u32) -> u32 {
    if capacity <= 0 {
        return min;
    }
    let empty_share = 1.0 - (local as f64 / capacity as f64).clamp(0.0, 1.0);
    (min as f64 + empty_share.powi(2) * (max.saturating_sub(min)) as f64).round() as u32
}

pub async fn adjust(client: &mut Client, min: u32, max: u32, dry_run: bool) -> Result<(), String> {
    let channels = client.lightning().list_channels(ListChannelsRequest { active_only: true, ..Default::default() }).await.map_err(|e| e.to_string())?.into_inner().channels;
    for ch in channels {
        let ppm = fee_for(ch.local_balance, ch.capacity, min, max);
        println!("{:<70} local {:>10}/{:<10} -> {ppm} ppm", ch.channel_point, ch.local_balance, ch.capacity);
        if dry_run {
            continue;
        }
        let Some((txid, index)) = ch.channel_point.split_once(':') else { continue };
        let point = lnrpc::ChannelPoint { funding_txid: Some(lnrpc::channel_point::FundingTxid::FundingTxidStr(txid.into())), output_index: index.parse().unwrap_or(0) };
        let req = PolicyUpdateRequest { scope: Some(Scope::ChanPoint(point)), base_fee_msat: 1000, fee_rate_ppm: ppm, time_lock_delta: 80, ..Default::default() };
        client.lightning().update_channel_policy(req).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn drained_channels_cost_more() {
        assert!(super::fee_for(0, 1_000_000, 1, 1500) > super::fee_for(900_000, 1_000_000, 1, 1500));
    }
}
