use ledger_reconcile::{reconcile, LedgerEntry, StatementLine};
use pretty_assertions::assert_eq;
use rusqlite::Connection;
use std::str::FromStr;

fn fixture() -> Connection {
    let path = std::env::var("FIXTURE_DB").expect("run the tests with `cargo nextest run` (builds the fixture)");
    Connection::open(path).expect("fixture database")
}

fn load() -> (Vec<StatementLine>, Vec<LedgerEntry>) {
    let db = fixture();
    let mut s = db.prepare("SELECT id, booked_on, amount, reference FROM statement_lines ORDER BY id").unwrap();
    let lines = s
        .query_map([], |r| {
            Ok(StatementLine {
                id: r.get(0)?,
                booked_on: chrono::NaiveDate::from_str(&r.get::<_, String>(1)?).unwrap(),
                amount: rust_decimal::Decimal::from_str(&r.get::<_, String>(2)?).unwrap(),
                reference: r.get(3)?,
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut s = db.prepare("SELECT id, posted_on, amount, memo FROM ledger_entries ORDER BY id").unwrap();
    let entries = s
        .query_map([], |r| {
            Ok(LedgerEntry {
                id: r.get(0)?,
                posted_on: chrono::NaiveDate::from_str(&r.get::<_, String>(1)?).unwrap(),
                amount: rust_decimal::Decimal::from_str(&r.get::<_, String>(2)?).unwrap(),
                memo: r.get(3)?,
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (lines, entries)
}

#[test]
fn matches_within_tolerance() {
    let (lines, entries) = load();
    let r = reconcile(&lines, &entries, 2).unwrap();
    assert_eq!(r.matched, vec![(1, 10), (2, 11), (3, 12)]);
}

#[test]
fn reports_unmatched() {
    let (lines, entries) = load();
    let r = reconcile(&lines, &entries, 2).unwrap();
    assert_eq!(r.unmatched_statement, vec![4, 5]);
    assert_eq!(r.unmatched_ledger, vec![13, 14]);
}
