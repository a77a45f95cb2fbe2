//! Bank statement reconciliation.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementLine {
    pub id: i64,
    pub booked_on: NaiveDate,
    pub amount: Decimal,
    pub reference: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub id: i64,
    pub posted_on: NaiveDate,
    pub amount: Decimal,
    pub memo: String,
}

#[derive(Debug, Default, PartialEq)]
pub struct Reconciliation {
    pub matched: Vec<(i64, i64)>,
    pub unmatched_statement: Vec<i64>,
    pub unmatched_ledger: Vec<i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("duplicate statement line id {0}")]
    DuplicateLine(i64),
}

/// Matches statement lines against ledger entries.
///
/// Rules:
/// 1. Amounts must be equal to the cent.
/// 2. Dates may differ by at most `tolerance_days` (either direction).
/// 3. Each line and each entry is used at most once.
/// 4. When several entries qualify, prefer the closest date, then the lowest entry id.
///
/// TODO(candidate): implement.
pub fn reconcile(
    lines: &[StatementLine],
    entries: &[LedgerEntry],
    tolerance_days: i64,
) -> Result<Reconciliation, Error> {
    let _ = (lines, entries, tolerance_days);
    todo!("implement the matching rules above")
}
