use clap::{Parser, Subcommand};
use std::path::PathBuf;

mod sources;
mod sync;

#[derive(Parser)]
#[command(version, about = "HTTPie / Insomnia / Postman -> curl")]
struct Cli { #[command(subcommand)] cmd: Cmd }

#[derive(Subcommand)]
enum Cmd {
    /// Convert one exported collection or session file
    Convert { file: PathBuf },
    /// Find collections on this machine and list what can be converted
    Import,
}

fn main() {
    match Cli::parse().cmd {
        Cmd::Convert { file } => {
            let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
            for c in sources::to_curl(&v) { println!("{c}"); }
        }
        Cmd::Import => {
            let found = sources::discover();
            for f in &found { println!("{}  ({} requests)", f.path.display(), f.requests); }
            sync::backup(&found);
        }
    }
}
