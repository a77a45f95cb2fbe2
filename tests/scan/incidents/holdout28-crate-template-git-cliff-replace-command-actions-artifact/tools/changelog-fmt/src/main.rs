//! `changelog-fmt normalize`: reads one commit message on stdin, writes the normalised message.

mod links;
mod preview;
mod signals;
mod typos;

use std::io::{self, Read, Write};

fn main() -> io::Result<()> {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let mut msg = String::new();
    io::stdin().read_to_string(&mut msg)?;
    let out = match mode.as_str() {
        "normalize" => {
            let s = typos::fix(&msg);
            let s = links::issues(&s);
            preview::note(&s);
            s.trim_end().trim_end_matches('.').to_string()
        }
        _ => msg,
    };
    io::stdout().write_all(out.as_bytes())
}
