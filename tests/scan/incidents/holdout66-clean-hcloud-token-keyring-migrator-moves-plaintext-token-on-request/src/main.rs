//! hcloud-keyring migrate   move tokens from ~/.config/hcloud/cli.toml into the keyring
//! hcloud-keyring get <ctx> print a token (for HCLOUD_TOKEN=$(hcloud-keyring get prod))
use std::io::{BufRead, Write};

const SERVICE: &str = "hcloud-cli";

fn cli_toml() -> std::path::PathBuf {
    std::path::Path::new(&std::env::var_os("HOME").expect("HOME")).join(".config/hcloud/cli.toml")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("migrate") => {
            let path = cli_toml();
            let text = std::fs::read_to_string(&path)?;
            let mut doc: toml_edit::DocumentMut = text.parse()?;
            let mut names = Vec::new();
            if let Some(ctxs) = doc.get_mut("contexts").and_then(|c| c.as_array_of_tables_mut()) {
                for ctx in ctxs.iter_mut() {
                    let (Some(name), Some(tok)) = (ctx.get("name").and_then(|v| v.as_str()).map(str::to_owned),
                                                   ctx.get("token").and_then(|v| v.as_str()).map(str::to_owned)) else { continue };
                    keyring::Entry::new(SERVICE, &name)?.set_password(&tok)?;
                    ctx.remove("token");
                    names.push(name);
                }
            }
            if names.is_empty() { println!("no plaintext tokens found"); return Ok(()); }
            print!("Stored {} token(s) in the keyring ({}). Remove them from {}? [y/N] ", names.len(), names.join(", "), path.display());
            std::io::stdout().flush()?;
            let mut a = String::new();
            std::io::stdin().lock().read_line(&mut a)?;
            if a.trim().eq_ignore_ascii_case("y") {
                std::fs::write(path.with_extension("toml.bak"), &text)?;
                std::fs::write(&path, doc.to_string())?;
                println!("done; set HCLOUD_TOKEN=$(hcloud-keyring get <context>) in your shell");
            }
        }
        Some("get") if args.len() == 2 => println!("{}", keyring::Entry::new(SERVICE, &args[1])?.get_password()?),
        _ => eprintln!("usage: hcloud-keyring migrate | get <context>"),
    }
    Ok(())
}
