//! `mirrorctl`: configure developer tools to use an organisation's package mirror.
//!
//! ```text
//! mirrorctl plan   --mirror https://artifactory.corp.example --cargo --npm --go --git
//! mirrorctl apply  --mirror https://artifactory.corp.example --cargo --npm
//! mirrorctl revert
//! ```
//!
//! Nothing is changed without `apply`; `apply` shows the diff of every file and asks before
//! writing (unless `--yes`). Every changed file is backed up and `revert` restores them.

mod changes;
mod state;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use std::io::{self, BufRead, Write};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Show what `apply` would change.
    Plan(Targets),
    /// Make the changes (asks first).
    Apply {
        #[command(flatten)]
        targets: Targets,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Restore every file changed by the last `apply`.
    Revert,
}

#[derive(Args, Clone)]
pub struct Targets {
    /// Base URL of the mirror (e.g. an Artifactory or Nexus instance).
    #[arg(long)]
    pub mirror: String,
    /// crates.io through `<mirror>/api/cargo/crates-io/index/` (cargo source replacement).
    #[arg(long)]
    pub cargo: bool,
    /// npm registry `<mirror>/api/npm/npm/`.
    #[arg(long)]
    pub npm: bool,
    /// GOPROXY `<mirror>/api/go/go`.
    #[arg(long)]
    pub go: bool,
    /// Fetch github.com repositories through `<mirror>/github/` (git url.insteadOf).
    #[arg(long)]
    pub git: bool,
}

fn confirm(prompt: &str) -> Result<bool> {
    print!("{prompt} [y/N] ");
    io::stdout().flush()?;
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line)?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes"))
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Plan(t) => {
            for c in changes::plan(&t)? {
                println!("{}", c.describe());
            }
        }
        Cmd::Apply { targets, yes } => {
            if !targets.mirror.starts_with("https://") {
                bail!("the mirror URL must use https");
            }
            let planned = changes::plan(&targets)?;
            if planned.is_empty() {
                println!("nothing to change");
                return Ok(());
            }
            for c in &planned {
                println!("{}", c.describe());
            }
            if !yes && !confirm("Apply these changes?")? {
                println!("aborted, nothing changed");
                return Ok(());
            }
            let mut st = state::State::begin()?;
            for c in planned {
                c.apply(&mut st).with_context(|| format!("applying {}", c.title()))?;
            }
            st.save()?;
            println!("done; `mirrorctl revert` undoes these changes");
        }
        Cmd::Revert => {
            let st = state::State::load()?.context("no previous apply recorded")?;
            st.revert()?;
            println!("restored {} file(s)", st.len());
        }
    }
    Ok(())
}
