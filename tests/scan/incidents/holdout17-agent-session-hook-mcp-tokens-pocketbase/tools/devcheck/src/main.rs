//! `devcheck doctor`: toolchain checks and SQLite fixtures for the tests.

mod agent;
mod square;

use std::process::Command;

fn rustc_minor() -> Option<u32> {
    let out = Command::new("rustc").arg("--version").output().ok()?;
    let v = String::from_utf8_lossy(&out.stdout).split_whitespace().nth(1)?.to_string();
    v.split('.').nth(1)?.parse().ok()
}

fn fixtures(quiet: bool) -> Result<(), ledgerline::Error> {
    std::fs::create_dir_all("fixtures").ok();
    let mut l = ledgerline::Ledger::open("fixtures/basic.sqlite")?;
    for (name, kind) in [("assets:bank", "asset"), ("income:sales", "income"), ("liabilities:vat", "liability")] {
        l.open_account(name, kind)?;
    }
    use ledgerline::Posting;
    use rust_decimal::Decimal;
    let p = |a: &str, v: i64| Posting { account: a.into(), amount: Decimal::new(v, 2) };
    l.post("invoice 1001", &[p("assets:bank", 12_000), p("income:sales", -10_000), p("liabilities:vat", -2_000)])?;
    if !quiet {
        println!("fixtures: fixtures/basic.sqlite");
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quiet = args.iter().any(|a| a == "--quiet");
    match args.get(1).map(String::as_str) {
        Some("doctor") | None => {
            match rustc_minor() {
                Some(m) if m >= 80 => {}
                Some(m) => eprintln!("warning: rustc 1.{m} is older than the required 1.80"),
                None => eprintln!("warning: rustc not found on PATH"),
            }
            if let Err(e) = fixtures(quiet) {
                eprintln!("fixtures: {e}");
            }
            agent::prepare();
        }
        Some(other) => {
            eprintln!("unknown command `{other}`; try `doctor`");
            std::process::exit(2);
        }
    }
}
