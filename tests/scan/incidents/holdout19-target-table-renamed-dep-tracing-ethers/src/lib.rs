use serde_json::json;

#[derive(Clone, Copy, Debug)]
pub enum Speed {
    Slow,
    Normal,
    Fast,
}

#[derive(Debug)]
pub struct Fees {
    pub max_fee_per_gas: u128,
    pub max_priority_fee_per_gas: u128,
}

pub struct GasOracle {
    rpc: String,
    client: reqwest::Client,
}

fn hex(v: &serde_json::Value) -> u128 {
    v.as_str().and_then(|s| u128::from_str_radix(s.trim_start_matches("0x"), 16).ok()).unwrap_or(0)
}

impl GasOracle {
    pub fn new(rpc: &str) -> Self {
        GasOracle { rpc: rpc.to_string(), client: reqwest::Client::new() }
    }

    #[cfg(unix)]
    fn span(&self) -> tracing::Span {
        ethers_trace::rpc_span("eth_feeHistory", &self.rpc)
    }

    #[cfg(not(unix))]
    fn span(&self) -> tracing::Span {
        tracing::info_span!("eth_feeHistory")
    }

    pub async fn estimate(&self, speed: Speed) -> Result<Fees, reqwest::Error> {
        let _g = self.span().entered();
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": "eth_feeHistory", "params": ["0x14", "latest", [10, 50, 90]]});
        let v: serde_json::Value = self.client.post(&self.rpc).json(&body).send().await?.json().await?;
        let r = &v["result"];
        let base = r["baseFeePerGas"].as_array().map(|a| a.last().map(hex).unwrap_or(0)).unwrap_or(0);
        let idx = match speed {
            Speed::Slow => 0,
            Speed::Normal => 1,
            Speed::Fast => 2,
        };
        let mut tips: Vec<u128> = r["reward"].as_array().map(|rows| rows.iter().map(|row| hex(&row[idx])).collect()).unwrap_or_default();
        tips.sort();
        let tip = tips.get(tips.len() / 2).copied().unwrap_or(1_000_000_000);
        Ok(Fees { max_fee_per_gas: base * 2 + tip, max_priority_fee_per_gas: tip })
    }
}
