use chrono::NaiveDate;
use reconcile::*;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn exact_match_within_two_business_days() {
    let st = vec![StatementLine { id: "s1".into(), date: d("2024-03-11"), amount: dec!(120.50), reference: "INV-7".into() }];
    let lg = vec![LedgerEntry { id: "l1".into(), date: d("2024-03-08"), amount: dec!(120.50), counterparty: "acme".into() }];
    assert_eq!(match_entries(&st, &lg), vec![Match { statement: "s1".into(), ledger: vec!["l1".into()] }]);
}
