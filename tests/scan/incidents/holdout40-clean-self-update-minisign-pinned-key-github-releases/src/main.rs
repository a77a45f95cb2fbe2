mod update;
fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("self-update") => if let Err(e) = update::run() { eprintln!("update failed: {e}"); std::process::exit(1) },
        _ => println!("tidyup {}: run `tidyup self-update` to upgrade", env!("CARGO_PKG_VERSION")),
    }
}
