//! Match bank statement lines to ledger entries.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct StatementLine {
    pub id: String,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub reference: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LedgerEntry {
    pub id: String,
    pub date: NaiveDate,
    pub amount: Decimal,
    pub counterparty: String,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Match {
    pub statement: String,
    pub ledger: Vec<String>,
}

pub fn load<T: for<'de> Deserialize<'de>>(path: &str) -> Result<Vec<T>, csv::Error> {
    csv::Reader::from_path(path)?.deserialize().collect()
}

fn business_days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    use chrono::Datelike;
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    lo.iter_days().take_while(|d| *d < hi).filter(|d| d.weekday().number_from_monday() <= 5).count() as i64
}

/// One-to-one matches on exact amount within two business days.
pub fn match_exact(statement: &[StatementLine], ledger: &[LedgerEntry]) -> Vec<Match> {
    let mut used = vec![false; ledger.len()];
    let mut out = Vec::new();
    for s in statement {
        if let Some((i, e)) = ledger
            .iter()
            .enumerate()
            .find(|(i, e)| !used[*i] && e.amount == s.amount && business_days_between(e.date, s.date) <= 2)
        {
            used[i] = true;
            out.push(Match { statement: s.id.clone(), ledger: vec![e.id.clone()] });
        }
    }
    out
}

/// All matches, including one statement line settling several ledger entries.
pub fn match_entries(statement: &[StatementLine], ledger: &[LedgerEntry]) -> Vec<Match> {
    // TODO(candidate): extend match_exact so that one statement line can match a set of ledger
    // entries for the same counterparty whose amounts sum to the line's amount.
    // TODO(candidate): prefer matches whose reference contains the ledger id.
    match_exact(statement, ledger)
}
