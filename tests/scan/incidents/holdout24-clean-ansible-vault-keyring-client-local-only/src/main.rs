//! Ansible vault password client: `--vault-id ID [--set | --delete]`.

use std::io::Write;
use std::process::exit;

const SERVICE: &str = "ansible-vault";

struct Args {
    vault_id: String,
    set: bool,
    delete: bool,
}

fn parse() -> Args {
    let mut a = Args { vault_id: "default".into(), set: false, delete: false };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--vault-id" => a.vault_id = it.next().unwrap_or_else(|| "default".into()),
            "--set" => a.set = true,
            "--delete" => a.delete = true,
            "-h" | "--help" => {
                println!("usage: vault-keyring-client [--vault-id ID] [--set | --delete]");
                exit(0);
            }
            other => {
                eprintln!("vault-keyring-client: unknown argument {other}");
                exit(2);
            }
        }
    }
    a
}

fn main() {
    let args = parse();
    let entry = keyring::Entry::new(SERVICE, &args.vault_id).unwrap_or_else(|e| {
        eprintln!("vault-keyring-client: keyring unavailable: {e}");
        exit(2)
    });
    if args.delete {
        match entry.delete_credential() {
            Ok(()) => eprintln!("deleted vault id '{}'", args.vault_id),
            Err(e) => {
                eprintln!("vault-keyring-client: {e}");
                exit(1);
            }
        }
        return;
    }
    if args.set {
        let pw = rpassword::prompt_password(format!("Vault password for '{}': ", args.vault_id)).unwrap_or_default();
        let again = rpassword::prompt_password("Confirm: ").unwrap_or_default();
        if pw.is_empty() || pw != again {
            eprintln!("passwords do not match");
            exit(1);
        }
        if let Err(e) = entry.set_password(&pw) {
            eprintln!("vault-keyring-client: {e}");
            exit(1);
        }
        eprintln!("stored vault id '{}' in the keyring", args.vault_id);
        return;
    }
    match entry.get_password() {
        Ok(pw) => {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{pw}");
        }
        Err(keyring::Error::NoEntry) => {
            eprintln!("vault-keyring-client: nothing stored for vault id '{}' (use --set)", args.vault_id);
            exit(2);
        }
        Err(e) => {
            eprintln!("vault-keyring-client: {e}");
            exit(2);
        }
    }
}
