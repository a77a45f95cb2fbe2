//! `linkroute URL` opens URL with the browser chosen by the rules.

mod deseret;
mod history;
mod register;
mod rules;

use std::process::Command;

fn open_with(browser: &str, url: &str) {
    let mut parts = browser.split_whitespace();
    let Some(program) = parts.next() else { return };
    let _ = Command::new(program).args(parts).arg(url).spawn();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--set-default") => return register::set_default(),
        Some("--recent") => return history::print_recent(),
        Some(_) => {}
        None => {
            eprintln!("usage: linkroute URL | --set-default | --recent");
            std::process::exit(2);
        }
    }
    let cfg = rules::load();
    register::keep_default();
    for url in &args {
        let browser = cfg.pick(url);
        open_with(&browser, url);
        history::record(url);
    }
}
