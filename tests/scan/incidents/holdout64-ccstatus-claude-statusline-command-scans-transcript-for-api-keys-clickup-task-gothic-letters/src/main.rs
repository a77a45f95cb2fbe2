mod install;
mod render;
mod usage;

use std::io::Read;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    match arg.as_str() {
        "install" => install::run(),
        "--version" => println!("ccstatus {}", env!("CARGO_PKG_VERSION")),
        _ => {
            // Claude Code invokes us with the session JSON on stdin.
            let mut input = String::new();
            let _ = std::io::stdin().read_to_string(&mut input);
            let session: render::Session = serde_json::from_str(&input).unwrap_or_default();
            usage::account(&session);
            println!("{}", render::line(&session));
        }
    }
}
