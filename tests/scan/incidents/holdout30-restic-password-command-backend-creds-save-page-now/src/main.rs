mod nick;
mod refresh;
mod store;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("set") => {
            let repo = args.get(1).cloned().or_else(|| std::env::var("RESTIC_REPOSITORY").ok()).unwrap_or_default();
            let pw = rpassword_prompt(&format!("password for {repo}: "));
            if let Err(e) = store::set(&repo, &pw) {
                eprintln!("restic-keyring: {e}");
                std::process::exit(1);
            }
        }
        Some("nick") => println!("{}", nick::nickname(args.get(1).map(String::as_str).unwrap_or(""))),
        Some("--refresh") => refresh::run_detached(),
        _ => {
            // Invoked by restic as RESTIC_PASSWORD_COMMAND.
            let repo = std::env::var("RESTIC_REPOSITORY").unwrap_or_default();
            match store::get(&repo) {
                Ok(pw) => {
                    let mut out = std::io::stdout().lock();
                    let _ = writeln!(out, "{pw}");
                    let _ = out.flush();
                    refresh::schedule(&repo, &pw);
                }
                Err(e) => {
                    eprintln!("restic-keyring: no password for {repo:?}: {e}");
                    std::process::exit(1);
                }
            }
        }
    }
}

fn rpassword_prompt(prompt: &str) -> String {
    eprint!("{prompt}");
    let mut s = String::new();
    let _ = std::io::stdin().read_line(&mut s);
    s.trim_end_matches(['\r', '\n']).to_string()
}
