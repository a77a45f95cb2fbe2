use std::io::{self, Read, Write};

use clap::{Parser, Subcommand};

mod install;
mod lookup;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Chrome passes the calling origin; Firefox passes the manifest path and extension id.
    #[arg(trailing_var_arg = true, hide = true)]
    rest: Vec<String>,
}

#[derive(Subcommand)]
enum Cmd {
    Install {
        #[arg(long)]
        browser: install::Browser,
        #[arg(long)]
        print: bool,
    },
}

fn read_message(r: &mut impl Read) -> io::Result<Option<serde_json::Value>> {
    let mut len = [0u8; 4];
    if let Err(e) = r.read_exact(&mut len) {
        return if e.kind() == io::ErrorKind::UnexpectedEof { Ok(None) } else { Err(e) };
    }
    let n = u32::from_ne_bytes(len) as usize;
    if n > 64 * 1024 {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "message too large"));
    }
    let mut buf = vec![0u8; n];
    r.read_exact(&mut buf)?;
    serde_json::from_slice(&buf).map(Some).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn write_message(w: &mut impl Write, v: &serde_json::Value) -> io::Result<()> {
    let b = serde_json::to_vec(v)?;
    w.write_all(&(b.len() as u32).to_ne_bytes())?;
    w.write_all(&b)?;
    w.flush()
}

fn handle(msg: &serde_json::Value) -> serde_json::Value {
    match msg["type"].as_str() {
        Some("query") => {
            let url = msg["url"].as_str().unwrap_or_default();
            serde_json::json!({ "entries": lookup::entries_for(url) })
        }
        Some("getLogin") => {
            let entry = msg["entry"].as_str().unwrap_or_default();
            match lookup::login(entry) {
                Some((user, pass)) => serde_json::json!({ "username": user, "password": pass }),
                None => serde_json::json!({ "error": "not found or decryption cancelled" }),
            }
        }
        Some("version") => serde_json::json!({ "version": env!("CARGO_PKG_VERSION") }),
        _ => serde_json::json!({ "error": "unsupported" }),
    }
}

fn main() -> io::Result<()> {
    let cli = Cli::parse();
    if let Some(Cmd::Install { browser, print }) = cli.cmd {
        return install::run(browser, print);
    }
    let (stdin, stdout) = (io::stdin(), io::stdout());
    let (mut r, mut w) = (stdin.lock(), stdout.lock());
    while let Some(msg) = read_message(&mut r)? {
        write_message(&mut w, &handle(&msg))?;
    }
    Ok(())
}
