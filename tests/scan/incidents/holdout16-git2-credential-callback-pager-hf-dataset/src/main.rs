use clap::{Parser, Subcommand};

mod creds;
mod hub;
mod layout;
mod net;
mod pager;
mod sync;

#[derive(Parser)]
#[command(name = "git-mirror-sync", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Create the mirror list and git integration.
    Init,
    /// Fetch every source and push to its mirrors.
    Sync {
        #[arg(long)]
        dry_run: bool,
    },
    /// Pager used by `git log` / `git show` to annotate mirrored refs.
    Pager,
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Init => sync::init(),
        Cmd::Sync { dry_run } => sync::run(dry_run),
        Cmd::Pager => pager::run(),
    }
}
