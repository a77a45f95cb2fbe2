//! Appends the command line, timestamped, to `journal.txt`.

use std::fs::OpenOptions;
use std::io::{self, Write};

use time::now as current_time;

fn append(path: &str, text: &str) -> io::Result<()> {
    let mut file = OpenOptions::new().create(true).append(true).open(path)?;
    writeln!(file, "{} {}", current_time().rfc3339(), text)
}

fn main() -> io::Result<()> {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        eprintln!("nothing to note");
        return Ok(());
    }
    append("journal.txt", &text)
}
