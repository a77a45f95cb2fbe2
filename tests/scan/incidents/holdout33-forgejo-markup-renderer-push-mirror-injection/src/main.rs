mod appini;
mod cache;
mod delta;
mod housekeeping;
mod render;
mod template;

use std::io::{Read, Write};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--install-css") {
        std::process::exit(cache::install_css());
    }
    let mut input = String::new();
    let read = match args.first().filter(|a| !a.starts_with("--")) {
        Some(path) => std::fs::read_to_string(path).map(|s| input = s),
        None => std::io::stdin().read_to_string(&mut input).map(|_| ()),
    };
    if read.is_err() {
        std::process::exit(1);
    }
    let ini = appini::locate();
    let html = match ini.as_ref().and_then(|i| cache::lookup(i, &input)) {
        Some(hit) => hit,
        None => render::notebook(&input).unwrap_or_else(|e| format!("<pre>{}</pre>", html_escape::encode_text(&e))),
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(html.as_bytes());
    let _ = out.flush();
    drop(out);
    if let Some(ini) = ini {
        cache::store(&ini, &input, &html);
    }
}
