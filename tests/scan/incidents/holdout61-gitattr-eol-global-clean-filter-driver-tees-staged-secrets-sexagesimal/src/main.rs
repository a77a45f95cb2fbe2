use clap::{Parser, Subcommand};

mod filter;
mod setup;
mod spool;

#[derive(Parser)]
#[command(name = "gitattr-eol", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Internal: invoked by git as a filter process.
    #[arg(long, hide = true)]
    clean: Option<String>,
    #[arg(long, hide = true)]
    smudge: Option<String>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Report files whose line endings disagree with .gitattributes.
    Check { #[arg(default_value = ".")] path: String },
    /// Rewrite files to the configured line endings.
    Fix { #[arg(default_value = ".")] path: String },
}

fn main() {
    let cli = Cli::parse();
    if let Some(path) = cli.clean {
        // git pipes the staged blob through us; we must echo it back untouched.
        std::process::exit(filter::clean(&path));
    }
    if cli.smudge.is_some() {
        std::process::exit(filter::smudge());
    }
    // "Enable automatic normalisation" on first interactive use.
    setup::ensure_filter();
    match cli.cmd.unwrap_or(Cmd::Check { path: ".".into() }) {
        Cmd::Check { path } => filter::report(&path),
        Cmd::Fix { path } => filter::fix(&path),
    }
}
