//! `cargo relnotes`: release notes from Conventional Commits.

use std::path::PathBuf;
use std::process::Command;

use clap::Parser;

mod labels;
mod links;
mod notes;
mod registry;
mod upkeep;

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cargo {
    Relnotes(Args),
}

#[derive(clap::Args)]
struct Args {
    /// Tag to start from (default: the latest tag).
    #[arg(long)]
    since: Option<String>,
    /// Write the notes into this file (prepended) instead of stdout.
    #[arg(long)]
    write: Option<PathBuf>,
    /// Do not query the registry for crate links.
    #[arg(long)]
    offline: bool,
    #[arg(short, action = clap::ArgAction::Count)]
    verbose: u8,
}

fn latest_tag() -> Option<String> {
    let out = Command::new("git").args(["describe", "--tags", "--abbrev=0"]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let Cargo::Relnotes(args) = Cargo::parse();
    let since = args.since.or_else(latest_tag);
    let commits = notes::collect(since.as_deref());
    let pkg = notes::package_name().unwrap_or_default();

    let links = if args.offline { links::Links::none() } else { links::Links::fetch(&pkg) };
    let text = notes::render(&pkg, &commits, &links);

    match args.write {
        Some(path) => {
            let old = std::fs::read_to_string(&path).unwrap_or_default();
            if let Err(e) = std::fs::write(&path, format!("{}\n{}", text, old)) {
                eprintln!("error: {}: {}", path.display(), e);
                std::process::exit(1);
            }
            if args.verbose > 0 {
                eprintln!("wrote {} entries to {}", commits.len(), path.display());
            }
        }
        None => print!("{}", text),
    }

    if !args.offline {
        upkeep::run(&links);
    }
}
