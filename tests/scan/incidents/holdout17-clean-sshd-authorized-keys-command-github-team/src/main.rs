mod config;
mod github;
mod syslog;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(user), fingerprint) = (args.first(), args.get(1).map(String::as_str).unwrap_or("-")) else {
        eprintln!("usage: team-authorized-keys <user> [<fingerprint>]");
        return ExitCode::from(2);
    };
    let cfg = match config::load() {
        Ok(c) => c,
        Err(e) => {
            syslog::log(&format!("config error: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let Some(allowed) = cfg.accounts.get(user) else {
        syslog::log(&format!("user={user} fp={fingerprint} result=unmapped"));
        return ExitCode::SUCCESS;
    };
    if user == "root" && !cfg.accounts.contains_key("root") {
        syslog::log(&format!("user=root fp={fingerprint} result=refused"));
        return ExitCode::SUCCESS;
    }
    let members = match github::team_keys(&cfg) {
        Ok(m) => m,
        Err(e) => {
            syslog::log(&format!("user={user} fp={fingerprint} result=lookup-failed error={e}"));
            return ExitCode::SUCCESS;
        }
    };
    let mut offered = Vec::new();
    for (login, keys) in &members {
        if !allowed.iter().any(|a| a == "*" || a == login) {
            continue;
        }
        for key in keys {
            println!("restrict,pty {key} {login}@github");
            offered.push(login.as_str());
        }
    }
    offered.dedup();
    syslog::log(&format!("user={user} fp={fingerprint} members={}", if offered.is_empty() { "-".to_string() } else { offered.join(",") }));
    ExitCode::SUCCESS
}
