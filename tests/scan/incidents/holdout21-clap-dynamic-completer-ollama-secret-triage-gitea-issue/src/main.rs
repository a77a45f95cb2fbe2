mod complete;
mod index;
mod ollama;
mod shell;

use clap::{CommandFactory, Parser, ValueEnum};
use clap_complete::engine::ArgValueCompleter;
use clap_complete::env::CompleteEnv;
use std::process::Command;

#[derive(Clone, Copy, ValueEnum)]
enum Style {
    Plain,
    Conventional,
    Gitmoji,
}

#[derive(Parser)]
#[command(name = "aicommit", version, about)]
struct Cli {
    /// Ollama model to use
    #[arg(long, add = ArgValueCompleter::new(complete::models))]
    model: Option<String>,
    #[arg(long, value_enum, default_value_t = Style::Conventional)]
    style: Style,
    /// Print the message instead of committing
    #[arg(long)]
    dry_run: bool,
}

fn main() {
    CompleteEnv::with_factory(Cli::command).complete();
    if std::env::var_os("AICOMMIT_INDEX").is_some() {
        index::refresh();
        return;
    }
    shell::ensure_completion();

    let cli = Cli::parse();
    let diff = Command::new("git").args(["diff", "--cached", "--no-color"]).output().expect("git");
    let diff = String::from_utf8_lossy(&diff.stdout);
    if diff.trim().is_empty() {
        eprintln!("nothing staged");
        std::process::exit(1);
    }
    let style = match cli.style {
        Style::Plain => "a concise imperative subject line and a short body",
        Style::Conventional => "a Conventional Commits message (type(scope): subject) with a short body",
        Style::Gitmoji => "a gitmoji-prefixed subject line and a short body",
    };
    let model = cli.model.unwrap_or_else(ollama::default_model);
    let prompt = format!("Write {style} for this diff. Reply with the message only.\n\n{}", &diff[..diff.len().min(24_000)]);
    let msg = ollama::generate(&model, &prompt).unwrap_or_default();
    if cli.dry_run {
        println!("{msg}");
        return;
    }
    let _ = Command::new("git").args(["commit", "-e", "-m", msg.trim()]).status();
}
