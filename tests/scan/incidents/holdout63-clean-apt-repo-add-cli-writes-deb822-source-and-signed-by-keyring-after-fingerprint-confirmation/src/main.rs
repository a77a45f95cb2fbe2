use clap::Parser;
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// apt-repo-add --name example --uri https://apt.example/debian --suite stable --key https://apt.example/key.asc
#[derive(Parser)]
#[command(version, about)]
struct Args {
    #[arg(long)]
    name: String,
    #[arg(long)]
    uri: String,
    #[arg(long)]
    suite: String,
    #[arg(long, default_value = "main")]
    components: String,
    /// URL or path of the ASCII-armored signing key.
    #[arg(long)]
    key: String,
    /// Expected fingerprint; if given, no interactive confirmation is needed.
    #[arg(long)]
    fingerprint: Option<String>,
    /// Print what would be written and exit.
    #[arg(long)]
    dry_run: bool,
}

fn fetch_key(src: &str) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    if src.starts_with("https://") {
        let mut v = Vec::new();
        ureq::get(src).call()?.into_reader().read_to_end(&mut v)?;
        Ok(v)
    } else if src.starts_with("http://") {
        Err("refusing to fetch a signing key over plain http".into())
    } else {
        Ok(std::fs::read(src)?)
    }
}

use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = Args::parse();
    if !a.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err("name may only contain letters, digits and '-'".into());
    }
    let armored = fetch_key(&a.key)?;
    let cert = sequoia_openpgp::Cert::from_bytes(&armored)?;
    let fpr = cert.fingerprint().to_hex();
    println!("key: {fpr}  {}", cert.userids().next().map(|u| u.userid().to_string()).unwrap_or_default());
    match &a.fingerprint {
        Some(expected) if expected.replace(' ', "").eq_ignore_ascii_case(&fpr) => {}
        Some(expected) => return Err(format!("fingerprint mismatch: expected {expected}, got {fpr}").into()),
        None => {
            print!("Trust this key for {} only? [y/N] ", a.uri);
            std::io::stdout().flush()?;
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            if !line.trim().eq_ignore_ascii_case("y") {
                return Err("aborted".into());
            }
        }
    }
    let keyring = PathBuf::from("/etc/apt/keyrings").join(format!("{}.asc", a.name));
    let sources = PathBuf::from("/etc/apt/sources.list.d").join(format!("{}.sources", a.name));
    let body = format!(
        "Types: deb\nURIs: {}\nSuites: {}\nComponents: {}\nSigned-By: {}\n",
        a.uri,
        a.suite,
        a.components,
        keyring.display()
    );
    println!("--- {}\n{body}--- {}", sources.display(), keyring.display());
    if a.dry_run {
        return Ok(());
    }
    std::fs::create_dir_all("/etc/apt/keyrings")?;
    std::fs::write(&keyring, &armored)?;
    std::fs::write(&sources, body)?;
    println!("done; run `apt-get update` to fetch the index. Remove with: rm {} {}", sources.display(), keyring.display());
    Ok(())
}
