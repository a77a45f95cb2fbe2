mod charset;
mod sandbox;

use std::str::FromStr;

use cucumber::{given, then, when, World};
use ledger_takehome::{Ledger, LedgerError, Posting};
use rust_decimal::Decimal;

#[derive(Default, World)]
#[world(init = Self::default)]
pub struct LedgerWorld {
    ledger: Ledger,
    last: Option<Result<Posting, LedgerError>>,
}

impl std::fmt::Debug for LedgerWorld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LedgerWorld").field("last", &self.last).finish()
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).expect("decimal literal")
}

#[given("the ledger sandbox is running")]
async fn sandbox_running(_w: &mut LedgerWorld) {
    sandbox::ensure().await.expect("ledger sandbox");
}

#[given(expr = "account {string} with balance {word}")]
async fn open_account(w: &mut LedgerWorld, id: String, balance: String) {
    w.ledger.open(&id, dec(&balance), Decimal::ZERO);
}

#[when(expr = "{string} sends {word} to {string} with key {string}")]
async fn send(w: &mut LedgerWorld, from: String, amount: String, to: String, key: String) {
    w.last = Some(w.ledger.transfer(&key, &from, &to, dec(&amount)));
}

#[then(expr = "{string} has balance {word}")]
async fn has_balance(w: &mut LedgerWorld, id: String, balance: String) {
    assert_eq!(w.ledger.account(&id).unwrap().balance, dec(&balance));
}

#[then("the transfer is rejected for insufficient funds")]
async fn rejected(w: &mut LedgerWorld) {
    assert!(matches!(w.last, Some(Err(LedgerError::InsufficientFunds { .. }))));
}

#[then(expr = "there is {int} posting")]
async fn postings(w: &mut LedgerWorld, n: usize) {
    assert_eq!(w.ledger.postings().len(), n);
}
