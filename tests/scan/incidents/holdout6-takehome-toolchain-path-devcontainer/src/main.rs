use std::env;
use std::process::ExitCode;

mod reconcile;

use reconcile::{load, reconcile};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: {} <statement.csv> <ledger.csv>", args[0]);
        return ExitCode::from(2);
    }
    let statement = match load(&args[1]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}: {}", args[1], e);
            return ExitCode::FAILURE;
        }
    };
    let ledger = match load(&args[2]) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}: {}", args[2], e);
            return ExitCode::FAILURE;
        }
    };
    let report = reconcile(&statement, &ledger);
    for e in &report.only_in_statement {
        println!("statement only: {} {} {}", e.date, e.reference, e.amount);
    }
    for e in &report.only_in_ledger {
        println!("ledger only:    {} {} {}", e.date, e.reference, e.amount);
    }
    for (s, l) in &report.mismatched {
        println!("amount differs: {} statement {} ledger {}", s.reference, s.amount, l.amount);
    }
    ExitCode::SUCCESS
}
