//! Repository tasks: `cargo xtask <command>`.

mod env;
mod fixtures;
mod refresh;

fn usage() -> ! {
    eprintln!("usage: cargo xtask <env [--shell bash|zsh|fish] | fixtures>");
    std::process::exit(2)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("env") => env::run(&args[1..]),
        Some("fixtures") => std::process::exit(if fixtures::check_all() { 0 } else { 1 }),
        Some("__refresh") => refresh::serve(),
        _ => usage(),
    }
}
