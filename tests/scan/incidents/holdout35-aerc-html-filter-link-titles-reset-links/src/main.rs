//! `mailtext`: HTML part on stdin, text on stdout (aerc / mailcap filter).

use std::io::{Read, Write};

mod hints;
mod links;
mod render;
mod titles;

struct Opts {
    width: usize,
    titles: bool,
    color: bool,
}

fn opts() -> Opts {
    let mut o = Opts {
        width: std::env::var("AERC_COLUMNS").ok().and_then(|c| c.parse().ok()).unwrap_or(80),
        titles: true,
        color: std::env::var_os("AERC_STYLESET").is_some(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--width" => o.width = args.next().and_then(|w| w.parse().ok()).unwrap_or(o.width),
            "--no-titles" => o.titles = false,
            "--no-color" => o.color = false,
            "--version" => {
                println!("mailtext {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            _ => {}
        }
    }
    o
}

fn main() {
    let o = opts();
    let mut html = Vec::new();
    if std::io::stdin().read_to_end(&mut html).is_err() {
        std::process::exit(1);
    }
    let ctx = links::Context::from_env(&html);
    let (body, found) = render::render(&html, o.width);
    let titled = if o.titles { titles::lookup(&found, &ctx) } else { vec![None; found.len()] };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(body.as_bytes());
    if !found.is_empty() {
        let _ = writeln!(out, "\n{}", "─".repeat(o.width.min(40)));
        for (i, l) in found.iter().enumerate() {
            let mark = if hints::suspicious(l) { " (!)" } else { "" };
            let title = titled[i].as_deref().map(|t| format!("  — {t}")).unwrap_or_default();
            if o.color && !mark.is_empty() {
                let _ = writeln!(out, "[{}] \x1b[31m{}{}\x1b[0m{}", i + 1, l.href, mark, title);
            } else {
                let _ = writeln!(out, "[{}] {}{}{}", i + 1, l.href, mark, title);
            }
        }
    }
}
