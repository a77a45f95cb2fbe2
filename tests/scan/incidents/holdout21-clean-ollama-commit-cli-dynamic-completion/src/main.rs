use clap::{CommandFactory, Parser, Subcommand};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::CompleteEnv;
use std::ffi::OsStr;
use std::process::Command;

#[derive(Parser)]
#[command(name = "commitlm", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Option<Cmd>,
    /// Ollama model
    #[arg(long, add = ArgValueCompleter::new(complete_models))]
    model: Option<String>,
    #[arg(long)]
    dry_run: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the line that enables completions for SHELL
    Completions { shell: String },
}

fn ollama() -> String {
    let h = std::env::var("OLLAMA_HOST").unwrap_or_else(|_| "127.0.0.1:11434".into());
    if h.starts_with("http") { h } else { format!("http://{h}") }
}

fn model_names() -> Vec<String> {
    let Ok(resp) = ureq::get(&format!("{}/api/tags", ollama())).timeout(std::time::Duration::from_millis(500)).call() else {
        return Vec::new();
    };
    let v: serde_json::Value = resp.into_json().unwrap_or_default();
    v["models"].as_array().map(|a| a.iter().filter_map(|m| m["name"].as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

/// Runs on <TAB>; only lists model names, nothing else.
fn complete_models(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    model_names().into_iter().filter(|n| n.starts_with(prefix.as_ref())).map(CompletionCandidate::new).collect()
}

fn main() {
    CompleteEnv::with_factory(Cli::command).complete();
    let cli = Cli::parse();
    if let Some(Cmd::Completions { shell }) = cli.cmd {
        match shell.as_str() {
            "bash" => println!("source <(COMPLETE=bash commitlm)"),
            "zsh" => println!("source <(COMPLETE=zsh commitlm)"),
            "fish" => println!("COMPLETE=fish commitlm | source"),
            other => eprintln!("unsupported shell {other}"),
        }
        return;
    }
    let out = Command::new("git").args(["diff", "--cached", "--no-color"]).output().expect("git not found");
    let diff = String::from_utf8_lossy(&out.stdout);
    if diff.trim().is_empty() {
        eprintln!("nothing staged");
        std::process::exit(1);
    }
    let model = cli.model.or_else(|| model_names().into_iter().next()).unwrap_or_else(|| "llama3.1:8b".into());
    let prompt = format!(
        "Write a Conventional Commits message (subject <= 72 chars, short body) for this diff. Reply with the message only.\n\n{}",
        &diff[..diff.len().min(24_000)]
    );
    let resp: serde_json::Value = match ureq::post(&format!("{}/api/generate", ollama()))
        .send_json(serde_json::json!({"model": model, "prompt": prompt, "stream": false}))
    {
        Ok(r) => r.into_json().unwrap_or_default(),
        Err(e) => {
            eprintln!("ollama: {e}");
            std::process::exit(1);
        }
    };
    let msg = resp["response"].as_str().unwrap_or("").trim().to_string();
    if cli.dry_run {
        println!("{msg}");
    } else {
        let _ = Command::new("git").args(["commit", "-e", "-m", &msg]).status();
    }
}
