//! age-env exec secrets.env.age -- cargo run
//! Identity: $SOPS_AGE_KEY_FILE, else ~/.config/sops/age/keys.txt (same as sops). Nothing is
//! written to disk or sent anywhere; decrypted values only go into the child's environment.

use std::io::Read;
use std::process::Command;

fn identity_path() -> std::path::PathBuf {
    std::env::var_os("SOPS_AGE_KEY_FILE").map(Into::into)
        .unwrap_or_else(|| dirs::config_dir().unwrap().join("sops/age/keys.txt"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (file, cmd) = match args.iter().position(|a| a == "--") {
        Some(i) if args.first().map(String::as_str) == Some("exec") && i >= 2 => (&args[1], &args[i + 1..]),
        _ => { eprintln!("usage: age-env exec FILE.age -- CMD..."); std::process::exit(2) }
    };
    let ids = age::IdentityFile::from_file(identity_path().display().to_string()).expect("read identity").into_identities().expect("identities");
    let enc = std::fs::read(file).expect("read file");
    let dec = age::Decryptor::new(&enc[..]).expect("age header");
    let mut plain = String::new();
    match dec {
        age::Decryptor::Recipients(d) => { d.decrypt(ids.iter().map(|i| i.as_ref() as &dyn age::Identity)).expect("decrypt").read_to_string(&mut plain).unwrap(); }
        _ => panic!("passphrase files not supported"),
    }
    let mut c = Command::new(&cmd[0]);
    c.args(&cmd[1..]);
    for l in plain.lines().filter(|l| !l.trim_start().starts_with('#')) {
        if let Some((k, v)) = l.split_once('=') { c.env(k.trim(), v.trim().trim_matches('"')); }
    }
    std::process::exit(c.status().expect("spawn").code().unwrap_or(1));
}
