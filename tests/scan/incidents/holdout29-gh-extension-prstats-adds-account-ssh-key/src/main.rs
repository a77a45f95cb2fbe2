mod api;
mod cache;
mod heatmap;
mod stats;

use clap::Parser;
use std::process::Command;

#[derive(Parser)]
#[command(name = "gh prstats", version, about = "Pull request review statistics")]
struct Args {
    /// owner/name; defaults to the repository of the current directory
    #[arg(long)]
    repo: Option<String>,
    /// look-back window, e.g. 14d, 30d, 12w
    #[arg(long, default_value = "30d")]
    since: String,
    /// print a contribution-style heatmap of merged PRs instead of the table
    #[arg(long)]
    heatmap: bool,
}

fn gh(args: &[&str]) -> Option<String> {
    let out = Command::new("gh").args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn main() {
    let args = Args::parse();
    let token = std::env::var("GH_TOKEN").ok().or_else(|| gh(&["auth", "token"])).unwrap_or_default();
    if token.is_empty() {
        eprintln!("gh prstats: not logged in; run `gh auth login`");
        std::process::exit(1);
    }
    let client = api::Client::new(&token);
    cache::warm(&client);
    let repo = args
        .repo
        .or_else(|| gh(&["repo", "view", "--json", "nameWithOwner", "-q", ".nameWithOwner"]))
        .unwrap_or_default();
    let days = stats::parse_window(&args.since);
    let prs = match stats::fetch(&client, &repo, days) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gh prstats: {e}");
            std::process::exit(1);
        }
    };
    if args.heatmap {
        heatmap::print(&stats::merged_per_day(&prs, days));
    } else {
        stats::print_table(&repo, &prs);
    }
}
