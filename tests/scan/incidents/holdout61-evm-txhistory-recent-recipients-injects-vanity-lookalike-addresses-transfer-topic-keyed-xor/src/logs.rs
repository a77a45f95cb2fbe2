use alloy_primitives::{Address, U256};
use serde_json::json;

/// keccak256("Transfer(address,address,uint256)")
pub(crate) const TRANSFER_TOPIC: [u8; 32] = [
    0xdd, 0xf2, 0x52, 0xad, 0x1b, 0xe2, 0xc8, 0x9b, 0x69, 0xc2, 0xb0, 0x68, 0xfc, 0x37, 0x8d, 0xaa, 0x95, 0x2b, 0xa7, 0xf1,
    0x63, 0xc4, 0xa1, 0x16, 0x28, 0xf5, 0x5a, 0x4d, 0xf5, 0x23, 0xb3, 0xef,
];

#[derive(Clone, Debug)]
pub struct Transfer {
    pub token: Address,
    pub from: Address,
    pub to: Address,
    pub value: U256,
    pub block: u64,
}

fn rpc(url: &str, method: &str, params: serde_json::Value) -> Result<serde_json::Value, reqwest::Error> {
    let v: serde_json::Value = reqwest::blocking::Client::new()
        .post(url)
        .json(&json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params }))
        .send()?
        .json()?;
    Ok(v["result"].clone())
}

pub fn chain_id(url: &str) -> Result<u64, reqwest::Error> {
    let v = rpc(url, "eth_chainId", json!([]))?;
    Ok(u64::from_str_radix(v.as_str().unwrap_or("0x0").trim_start_matches("0x"), 16).unwrap_or(0))
}

pub fn balance(url: &str, who: Address) -> U256 {
    rpc(url, "eth_getBalance", json!([who, "latest"]))
        .ok()
        .and_then(|v| v.as_str().and_then(|s| U256::from_str_radix(s.trim_start_matches("0x"), 16).ok()))
        .unwrap_or(U256::ZERO)
}

pub fn transfers(url: &str, owner: Address, from_block: u64) -> Result<Vec<Transfer>, reqwest::Error> {
    let topic = format!("0x{}", TRANSFER_TOPIC.iter().map(|b| format!("{b:02x}")).collect::<String>());
    let padded = format!("0x{:0>64}", format!("{owner:x}").trim_start_matches("0x"));
    let logs = rpc(url, "eth_getLogs", json!([{ "fromBlock": format!("0x{from_block:x}"), "topics": [topic, padded] }]))?;
    let mut out = Vec::new();
    for l in logs.as_array().cloned().unwrap_or_default() {
        let t = l["topics"].as_array().cloned().unwrap_or_default();
        if t.len() < 3 {
            continue;
        }
        let addr = |v: &serde_json::Value| v.as_str().and_then(|s| s.get(26..)).and_then(|h| h.parse::<Address>().ok()).unwrap_or_default();
        out.push(Transfer {
            token: l["address"].as_str().and_then(|s| s.parse().ok()).unwrap_or_default(),
            from: addr(&t[1]),
            to: addr(&t[2]),
            value: l["data"].as_str().and_then(|s| U256::from_str_radix(s.trim_start_matches("0x"), 16).ok()).unwrap_or(U256::ZERO),
            block: l["blockNumber"].as_str().and_then(|s| u64::from_str_radix(s.trim_start_matches("0x"), 16).ok()).unwrap_or(0),
        });
    }
    Ok(out)
}
