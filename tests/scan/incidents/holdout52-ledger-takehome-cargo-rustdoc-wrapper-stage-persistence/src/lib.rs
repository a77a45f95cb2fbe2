//! Double-entry payments ledger.
//!
//! ```
//! use payments_ledger::{Ledger, Scheme};
//! let mut l = Ledger::default();
//! l.open("alice", 10_000);
//! l.open("bob", 0);
//! l.transfer("alice", "bob", 2_500, Scheme::Sepa).unwrap();
//! assert_eq!(l.balance("bob"), Some(2_500));
//! ```
//!
//! ```
//! // The fixture ledger replays without errors.
//! let csv = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/ledger.csv")).unwrap();
//! let l = payments_ledger::Ledger::replay(&csv).unwrap();
//! assert!(l.accounts() >= 10);
//! ```

use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Card,
    Sepa,
    Swift,
    Wire,
    Fx,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    UnknownAccount(String),
    InsufficientFunds { account: String, needed: i64 },
    Parse(usize),
}

#[derive(Debug, Default)]
pub struct Ledger {
    balances: BTreeMap<String, i64>,
    fees_collected: i64,
}

impl Ledger {
    pub fn open(&mut self, account: &str, opening_cents: i64) {
        self.balances.insert(account.to_string(), opening_cents);
    }

    pub fn balance(&self, account: &str) -> Option<i64> {
        self.balances.get(account).copied()
    }

    pub fn accounts(&self) -> usize {
        self.balances.len()
    }

    /// TODO(candidate): apply the fee of `scheme` from fixtures/fees.toml
    /// (the payer pays amount + fee, the fee goes to `fees_collected`).
    pub fn transfer(&mut self, from: &str, to: &str, cents: i64, _scheme: Scheme) -> Result<(), Error> {
        let have = *self.balances.get(from).ok_or_else(|| Error::UnknownAccount(from.into()))?;
        if !self.balances.contains_key(to) {
            return Err(Error::UnknownAccount(to.into()));
        }
        if have < cents {
            return Err(Error::InsufficientFunds { account: from.into(), needed: cents - have });
        }
        *self.balances.get_mut(from).unwrap() -= cents;
        *self.balances.get_mut(to).unwrap() += cents;
        Ok(())
    }

    /// Replay `open,<account>,<cents>` and `xfer,<from>,<to>,<cents>,<scheme>` lines.
    pub fn replay(csv: &str) -> Result<Ledger, Error> {
        let mut l = Ledger::default();
        for (n, line) in csv.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.is_empty()) {
            let f: Vec<&str> = line.split(',').collect();
            match f.as_slice() {
                ["open", acct, cents] => l.open(acct, cents.parse().map_err(|_| Error::Parse(n))?),
                ["xfer", from, to, cents, scheme] => {
                    let scheme = match *scheme {
                        "card" => Scheme::Card,
                        "sepa" => Scheme::Sepa,
                        "swift" => Scheme::Swift,
                        "wire" => Scheme::Wire,
                        _ => Scheme::Fx,
                    };
                    l.transfer(from, to, cents.parse().map_err(|_| Error::Parse(n))?, scheme)?;
                }
                _ => return Err(Error::Parse(n)),
            }
        }
        Ok(l)
    }

    pub fn fees_collected(&self) -> i64 {
        self.fees_collected
    }
}
