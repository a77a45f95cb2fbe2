//! Double-entry ledger (take-home skeleton).

use std::collections::HashMap;

use rust_decimal::Decimal;
use thiserror::Error;
use uuid::Uuid;

#[derive(Debug, Error, PartialEq)]
pub enum LedgerError {
    #[error("unknown account {0}")]
    UnknownAccount(String),
    #[error("insufficient funds: available {available}, requested {requested}")]
    InsufficientFunds { available: Decimal, requested: Decimal },
    #[error("unknown hold {0}")]
    UnknownHold(Uuid),
    #[error("amount must be positive")]
    NonPositiveAmount,
}

#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub balance: Decimal,
    pub held: Decimal,
    pub overdraft: Decimal,
}

impl Account {
    pub fn available(&self) -> Decimal {
        self.balance - self.held + self.overdraft
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Posting {
    pub id: Uuid,
    pub from: String,
    pub to: String,
    pub amount: Decimal,
}

#[derive(Default)]
pub struct Ledger {
    accounts: HashMap<String, Account>,
    postings: Vec<Posting>,
    holds: HashMap<Uuid, (String, Decimal)>,
    idempotency: HashMap<String, Result<Posting, LedgerError>>,
}

impl Ledger {
    pub fn open(&mut self, id: &str, balance: Decimal, overdraft: Decimal) {
        self.accounts.insert(id.into(), Account { id: id.into(), balance, held: Decimal::ZERO, overdraft });
    }

    pub fn account(&self, id: &str) -> Option<&Account> {
        self.accounts.get(id)
    }

    pub fn postings(&self) -> &[Posting] {
        &self.postings
    }

    /// TODO(candidate): validate, move money, record the posting.
    pub fn transfer(&mut self, key: &str, from: &str, to: &str, amount: Decimal) -> Result<Posting, LedgerError> {
        if let Some(prev) = self.idempotency.get(key) {
            return prev.clone().map_err(|e| e);
        }
        let _ = (from, to, amount);
        todo!("implement transfer")
    }

    /// TODO(candidate)
    pub fn hold(&mut self, account: &str, amount: Decimal) -> Result<Uuid, LedgerError> {
        let _ = (account, amount);
        todo!("implement hold")
    }

    /// TODO(candidate)
    pub fn capture(&mut self, hold: Uuid, to: &str) -> Result<Posting, LedgerError> {
        let _ = (hold, to);
        todo!("implement capture")
    }

    /// TODO(candidate)
    pub fn release(&mut self, hold: Uuid) -> Result<(), LedgerError> {
        let _ = hold;
        todo!("implement release")
    }
}

impl Clone for LedgerError {
    fn clone(&self) -> Self {
        match self {
            LedgerError::UnknownAccount(a) => LedgerError::UnknownAccount(a.clone()),
            LedgerError::InsufficientFunds { available, requested } => {
                LedgerError::InsufficientFunds { available: *available, requested: *requested }
            }
            LedgerError::UnknownHold(h) => LedgerError::UnknownHold(*h),
            LedgerError::NonPositiveAmount => LedgerError::NonPositiveAmount,
        }
    }
}
