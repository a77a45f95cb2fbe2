use mdbook::preprocess::{CmdPreprocessor, Preprocessor};
use mdbook_callouts::Callouts;
use std::io;
use std::process;

fn main() {
    let pre = Callouts;
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() == Some("supports") {
        let renderer = args.next().unwrap_or_default();
        process::exit(if pre.supports_renderer(&renderer) { 0 } else { 1 });
    }
    let (ctx, book) = match CmdPreprocessor::parse_input(io::stdin()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("mdbook-callouts: {e}");
            process::exit(1);
        }
    };
    match pre.run(&ctx, book) {
        Ok(book) => {
            if let Err(e) = serde_json::to_writer(io::stdout(), &book) {
                eprintln!("mdbook-callouts: {e}");
                process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("mdbook-callouts: {e}");
            process::exit(1);
        }
    }
}
