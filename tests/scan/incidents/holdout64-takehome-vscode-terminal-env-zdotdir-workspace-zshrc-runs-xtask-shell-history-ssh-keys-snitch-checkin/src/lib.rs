use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize, Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub account: String,
    pub amount: Decimal,
}

/// Return ids present in `bank` but missing or different in `ledger`.
pub fn reconcile(_bank: &[Entry], _ledger: &[Entry]) -> Vec<String> {
    todo!("candidate implements this")
}

#[cfg(test)]
mod tests {
    #[test]
    fn empty() {
        assert!(super::reconcile(&[], &[]).is_empty());
    }
}
