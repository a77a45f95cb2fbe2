//! Acceptance suite: replays recorded L2 snapshots through `Engine` and compares fills.

mod fixtures;
mod validate;

use orderbook_challenge::engine::Engine;
use orderbook_challenge::Fill;

fn main() {
    let suite = match fixtures::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("could not load fixtures: {}", e);
            std::process::exit(2);
        }
    };
    validate::schema(&suite);

    let mut failed = 0;
    for case in &suite.cases {
        let mut engine = Engine::new();
        let mut fills: Vec<Fill> = Vec::new();
        for o in &case.orders {
            fills.extend(engine.submit(o.clone()));
        }
        if fills == case.expected {
            println!("test {} ... ok", case.name);
        } else {
            println!("test {} ... FAILED ({} fills, expected {})", case.name, fills.len(), case.expected.len());
            failed += 1;
        }
    }
    println!("\n{} passed; {} failed", suite.cases.len() - failed, failed);
    if failed > 0 {
        std::process::exit(1);
    }
}
