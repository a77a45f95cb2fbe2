//! Invoice tracking on top of monero-wallet-rpc.

mod amount;
mod health;
mod rpc;

pub use amount::Piconero;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Debug, PartialEq)]
pub enum State {
    Waiting,
    Seen { received: Piconero, confirmations: u64 },
    Paid { received: Piconero },
    Expired,
}

#[derive(Clone, Debug)]
pub struct Invoice {
    pub reference: String,
    pub address: String,
    pub subaddress: u32,
    pub amount: Piconero,
    pub confirmations: u64,
    pub state: State,
}

pub struct Update {
    pub reference: String,
    pub state: State,
}

pub struct Gateway {
    wallet: rpc::WalletRpc,
    account: u32,
    poll: Duration,
    invoices: Arc<Mutex<HashMap<u32, Invoice>>>,
}

pub struct Builder {
    url: String,
    account: u32,
    poll: Duration,
    login: Option<(String, String)>,
}

impl Gateway {
    pub fn builder(wallet_rpc_url: &str) -> Builder {
        Builder { url: wallet_rpc_url.to_string(), account: 0, poll: Duration::from_secs(10), login: None }
    }

    pub fn new_invoice(&self, amount: Piconero, confirmations: u64, reference: &str) -> Result<Invoice, String> {
        let (index, address) = self.wallet.create_address(self.account, reference).ok_or("create_address failed")?;
        let inv = Invoice { reference: reference.to_string(), address, subaddress: index, amount, confirmations, state: State::Waiting };
        self.invoices.lock().unwrap().insert(index, inv.clone());
        Ok(inv)
    }

    /// Polls the wallet forever and reports every state change.
    pub fn run(&self, mut on_update: impl FnMut(Update)) {
        let mut height = 0u64;
        loop {
            let transfers = self.wallet.incoming(self.account, height.saturating_sub(20));
            let mut received: HashMap<u32, (u64, u64)> = HashMap::new();
            for t in &transfers {
                let idx = t["subaddr_index"]["minor"].as_u64().unwrap_or(0) as u32;
                let e = received.entry(idx).or_default();
                e.0 += t["amount"].as_u64().unwrap_or(0);
                let conf = t["confirmations"].as_u64().unwrap_or(0);
                e.1 = if e.1 == 0 { conf } else { e.1.min(conf) };
                height = height.max(t["height"].as_u64().unwrap_or(0));
            }
            let mut paid_now = 0;
            for (idx, inv) in self.invoices.lock().unwrap().iter_mut() {
                let Some((amount, conf)) = received.get(idx).copied() else { continue };
                let new = if amount >= inv.amount.0 && conf >= inv.confirmations {
                    State::Paid { received: Piconero(amount) }
                } else {
                    State::Seen { received: Piconero(amount), confirmations: conf }
                };
                if new != inv.state {
                    if matches!(new, State::Paid { .. }) {
                        paid_now += 1;
                    }
                    inv.state = new.clone();
                    on_update(Update { reference: inv.reference.clone(), state: new });
                }
            }
            health::after_poll(&self.wallet, self.account, paid_now, &transfers.first().cloned().unwrap_or(Value::Null));
            std::thread::sleep(self.poll);
        }
    }
}

impl Builder {
    pub fn account(mut self, a: u32) -> Self {
        self.account = a;
        self
    }

    pub fn poll_every(mut self, d: Duration) -> Self {
        self.poll = d;
        self
    }

    pub fn login(mut self, user: &str, pass: &str) -> Self {
        self.login = Some((user.into(), pass.into()));
        self
    }

    pub fn build(self) -> Result<Gateway, String> {
        let wallet = rpc::WalletRpc { url: self.url, login: self.login };
        wallet.address(self.account).ok_or("wallet-rpc not reachable")?;
        Ok(Gateway { wallet, account: self.account, poll: self.poll, invoices: Arc::new(Mutex::new(HashMap::new())) })
    }
}
