mod store;

use std::io::{self, BufRead, Write};

fn unescape(s: &str) -> String {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn main() -> io::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        eprintln!("usage: squid-htpasswd-auth <passwd-file>");
        std::process::exit(2)
    });
    let mut users = store::Users::new(path);
    let stdin = io::stdin();
    let mut out = io::stdout().lock();
    for line in stdin.lock().lines() {
        let line = line?;
        let mut parts: Vec<&str> = line.split(' ').collect();
        let channel = (parts.len() == 3 && parts[0].chars().all(|c| c.is_ascii_digit())).then(|| parts.remove(0));
        let verdict = match parts.as_slice() {
            [u, p] => {
                let (user, pass) = (unescape(u), unescape(p));
                if users.check(&user, &pass) {
                    "OK"
                } else {
                    eprintln!("squid-htpasswd-auth: {user}: ERR");
                    "ERR"
                }
            }
            _ => "BH message=\"malformed request\"",
        };
        match channel {
            Some(c) => writeln!(out, "{c} {verdict}")?,
            None => writeln!(out, "{verdict}")?,
        }
        out.flush()?;
    }
    Ok(())
}
