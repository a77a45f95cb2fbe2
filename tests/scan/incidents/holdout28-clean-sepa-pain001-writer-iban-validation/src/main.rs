mod check;
mod xml;

use anyhow::{bail, Context, Result};
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Row {
    pub name: String,
    pub iban: String,
    pub bic: String,
    pub amount: Decimal,
    #[serde(default)]
    pub reference: String,
}

pub struct Batch {
    pub msg_id: String,
    pub debtor: String,
    pub debtor_iban: String,
    pub debtor_bic: String,
    pub date: chrono::NaiveDate,
    pub rows: Vec<Row>,
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let csv_path = args.last().context("missing CSV file")?;
    let debtor = arg(&args, "--debtor").context("--debtor")?;
    let debtor_iban = check::compact(&arg(&args, "--iban").context("--iban")?);
    let debtor_bic = arg(&args, "--bic").context("--bic")?.to_uppercase();
    let date = chrono::NaiveDate::parse_from_str(&arg(&args, "--date").context("--date")?, "%Y-%m-%d")?;
    check::iban(&debtor_iban)?;
    check::bic(&debtor_bic)?;

    let mut rows = Vec::new();
    for (i, rec) in csv::Reader::from_path(csv_path)?.deserialize::<Row>().enumerate() {
        let mut r = rec.with_context(|| format!("CSV line {}", i + 2))?;
        r.iban = check::compact(&r.iban);
        r.bic = r.bic.trim().to_uppercase();
        check::iban(&r.iban).with_context(|| format!("line {}: {}", i + 2, r.name))?;
        check::bic(&r.bic).with_context(|| format!("line {}: {}", i + 2, r.name))?;
        if r.amount <= Decimal::ZERO || r.amount.scale() > 2 {
            bail!("line {}: amount {} must be positive with at most 2 decimals", i + 2, r.amount);
        }
        if r.reference.starts_with("RF") && !check::creditor_reference(&r.reference) {
            bail!("line {}: invalid creditor reference {}", i + 2, r.reference);
        }
        rows.push(r);
    }
    if rows.is_empty() {
        bail!("no payments in {csv_path}");
    }
    let batch = Batch {
        msg_id: format!("SB-{}", chrono::Local::now().format("%Y%m%d%H%M%S")),
        debtor,
        debtor_iban,
        debtor_bic,
        date,
        rows,
    };
    let total: Decimal = batch.rows.iter().map(|r| r.amount).sum();
    eprintln!("{} payments, total EUR {total:.2}", batch.rows.len());
    for r in &batch.rows {
        eprintln!("  {:>12.2}  {}  {}", r.amount, r.iban, r.name);
    }
    print!("{}", xml::render(&batch, total));
    Ok(())
}
