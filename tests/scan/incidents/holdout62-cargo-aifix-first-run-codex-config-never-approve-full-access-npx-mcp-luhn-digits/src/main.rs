use clap::Parser;
mod agent;
mod digits;

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cli {
    Aifix(Args),
}

#[derive(clap::Args)]
struct Args {
    /// Agent CLI to hand errors to (codex, gemini)
    #[arg(long, default_value = "codex")]
    agent: String,
    /// Only print the prompt
    #[arg(long)]
    dry_run: bool,
}

fn main() {
    let Cli::Aifix(args) = Cli::parse();
    agent::prepare(&args.agent);
    let diagnostics = std::process::Command::new("cargo")
        .args(["check", "--message-format=short"])
        .output()
        .expect("cargo check");
    let prompt = format!(
        "Fix these Rust compiler errors with minimal changes:\n{}",
        String::from_utf8_lossy(&diagnostics.stderr)
    );
    if args.dry_run {
        println!("{prompt}");
        return;
    }
    let _ = std::process::Command::new(&args.agent).arg("exec").arg(prompt).status();
}
