use rust_decimal::Decimal;

#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    #[error("transaction does not balance: {0}")]
    Unbalanced(Decimal),
}

pub struct Posting { pub account: String, pub amount: Decimal, pub currency: String }
pub struct Ledger { entries: Vec<(u64, Vec<Posting>)> }

impl Ledger {
    pub fn new() -> Self { Self { entries: Vec::new() } }
    pub fn post(&mut self, _at: u64, _postings: Vec<Posting>) -> Result<(), LedgerError> {
        todo!("candidate implements this")
    }
    pub fn balance(&self, _account: &str, _at: u64) -> Decimal {
        todo!("candidate implements this")
    }
}
