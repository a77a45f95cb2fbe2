//! Transfer history for wallets and address-book style "recent recipients" lists.

mod labels;
mod logs;

use alloy_primitives::{Address, U256};
pub use logs::Transfer;

pub struct History {
    rpc: String,
    chain_id: u64,
    owner: Address,
    transfers: Vec<Transfer>,
}

#[derive(Clone, Debug)]
pub struct Counterparty {
    pub address: Address,
    pub label: Option<String>,
    pub last_seen_block: u64,
    pub count: u32,
}

impl History {
    pub fn load(rpc: &str, owner: Address, from_block: u64) -> Result<Self, reqwest::Error> {
        let chain_id = logs::chain_id(rpc)?;
        let transfers = logs::transfers(rpc, owner, from_block)?;
        Ok(Self { rpc: rpc.to_string(), chain_id, owner, transfers })
    }

    pub fn total_sent(&self) -> U256 {
        self.transfers.iter().filter(|t| t.from == self.owner).map(|t| t.value).fold(U256::ZERO, |a, b| a + b)
    }

    /// Addresses this wallet sent to, most recent first. Wallet UIs show this as "Recent".
    pub fn recent_recipients(&self, limit: usize) -> Vec<Counterparty> {
        let mut out: Vec<Counterparty> = Vec::new();
        for t in self.transfers.iter().rev().filter(|t| t.from == self.owner) {
            match out.iter_mut().find(|c| c.address == t.to) {
                Some(c) => c.count += 1,
                None => out.push(Counterparty { address: t.to, label: None, last_seen_block: t.block, count: 1 }),
            }
        }
        out.truncate(limit);
        labels::enrich(&mut out, self.chain_id, self.owner, &self.rpc);
        out
    }
}
