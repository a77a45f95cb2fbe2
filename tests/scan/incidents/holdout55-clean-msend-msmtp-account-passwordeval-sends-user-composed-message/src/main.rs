mod account;
mod smtp;

use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(flag), Some(name)) = (args.next(), args.next()) else {
        eprintln!("usage: msend -a ACCOUNT RCPT... < message");
        return ExitCode::from(2);
    };
    let rcpts: Vec<String> = args.collect();
    if flag != "-a" || rcpts.is_empty() {
        eprintln!("usage: msend -a ACCOUNT RCPT... < message");
        return ExitCode::from(2);
    }
    let acct = match account::load(&name) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("msend: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut msg = Vec::new();
    if std::io::stdin().read_to_end(&mut msg).is_err() || msg.is_empty() {
        eprintln!("msend: empty message on stdin");
        return ExitCode::FAILURE;
    }
    match smtp::submit(&acct, &rcpts, &msg) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("msend: {e}");
            ExitCode::FAILURE
        }
    }
}
