//! Reconciliation. TODO(candidate): implement `reconcile`.

use std::collections::HashMap;
use std::error::Error;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Entry {
    pub date: NaiveDate,
    pub reference: String,
    pub amount: Decimal,
}

#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub only_in_statement: Vec<Entry>,
    pub only_in_ledger: Vec<Entry>,
    pub mismatched: Vec<(Entry, Entry)>,
}

pub fn load(path: &str) -> Result<Vec<Entry>, Box<dyn Error>> {
    let mut rdr = csv::Reader::from_path(path)?;
    let mut out = Vec::new();
    for rec in rdr.deserialize() {
        out.push(rec?);
    }
    Ok(out)
}

pub fn reconcile(statement: &[Entry], ledger: &[Entry]) -> Report {
    let by_ref: HashMap<&str, &Entry> = ledger.iter().map(|e| (e.reference.as_str(), e)).collect();
    let mut report = Report::default();
    // TODO(candidate): match entries, handle duplicates and date tolerance.
    for s in statement {
        match by_ref.get(s.reference.as_str()) {
            Some(l) if l.amount == s.amount => {}
            Some(l) => report.mismatched.push((s.clone(), (*l).clone())),
            None => report.only_in_statement.push(s.clone()),
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_ledger_only_entries() {
        let s = load("data/statement.csv").unwrap();
        let l = load("data/ledger.csv").unwrap();
        let r = reconcile(&s, &l);
        assert_eq!(r.only_in_ledger.len(), 1, "INV-1005 is only in the ledger");
    }
}
