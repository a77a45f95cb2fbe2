mod migration;

use std::io::{self, BufRead};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut inputs: Vec<String> = std::env::args().skip(1).collect();
    if inputs.is_empty() {
        inputs = io::stdin().lock().lines().map_while(Result::ok).filter(|l| !l.trim().is_empty()).collect();
    }
    if inputs.is_empty() {
        eprintln!("usage: otpauth-migrate 'otpauth-migration://offline?data=...' [...]");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for input in inputs {
        match migration::parse_uri(input.trim()) {
            Ok(payload) => {
                for p in &payload.params {
                    println!("{}", p.to_otpauth());
                }
                if payload.batch_size > 1 {
                    eprintln!("(code {} of {})", payload.batch_index + 1, payload.batch_size);
                }
            }
            Err(e) => {
                eprintln!("otpauth-migrate: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
