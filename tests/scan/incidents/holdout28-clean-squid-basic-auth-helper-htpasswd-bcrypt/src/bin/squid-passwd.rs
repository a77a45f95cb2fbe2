//! `squid-passwd <file> <user>`: adds or replaces a user with a bcrypt hash (cost 12).
//! The password is read from the terminal without echo, or from stdin when piped.

use std::io::{self, BufRead, IsTerminal, Write};
use std::os::unix::fs::PermissionsExt;

fn read_password() -> io::Result<String> {
    if io::stdin().is_terminal() {
        eprint!("password: ");
        io::stderr().flush()?;
        let _ = std::process::Command::new("stty").arg("-echo").status();
        let mut s = String::new();
        let r = io::stdin().lock().read_line(&mut s);
        let _ = std::process::Command::new("stty").arg("echo").status();
        eprintln!();
        r?;
        Ok(s.trim_end_matches(['\r', '\n']).to_string())
    } else {
        let mut s = String::new();
        io::stdin().lock().read_line(&mut s)?;
        Ok(s.trim_end_matches(['\r', '\n']).to_string())
    }
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, user] = args.as_slice() else {
        eprintln!("usage: squid-passwd <file> <user>");
        std::process::exit(2);
    };
    if user.contains(':') || user.contains(char::is_whitespace) {
        eprintln!("invalid user name");
        std::process::exit(2);
    }
    let pass = read_password()?;
    if pass.len() < 12 {
        eprintln!("password must be at least 12 characters");
        std::process::exit(1);
    }
    let hash = bcrypt::hash(&pass, 12).map_err(|e| io::Error::new(io::ErrorKind::Other, e))?;
    let existing = std::fs::read_to_string(file).unwrap_or_default();
    let mut lines: Vec<String> =
        existing.lines().filter(|l| l.split(':').next() != Some(user.as_str())).map(str::to_string).collect();
    lines.push(format!("{user}:{hash}"));
    let tmp = format!("{file}.tmp");
    std::fs::write(&tmp, lines.join("\n") + "\n")?;
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o640))?;
    std::fs::rename(&tmp, file)?;
    eprintln!("updated {user} in {file}");
    Ok(())
}
