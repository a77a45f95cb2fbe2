use clap::{Parser, Subcommand};
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::exit;

const BEGIN: &str = "# >>> tfdev (managed block, edit with `tfdev`)";
const END: &str = "# <<< tfdev";

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Print the change without writing it.
    #[arg(long, global = true)]
    dry_run: bool,
    /// Do not ask for confirmation.
    #[arg(long, short, global = true)]
    yes: bool,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Override a provider source address with a local directory.
    Link { source: String, dir: PathBuf },
    /// Remove an override (or all with --all).
    Unlink {
        source: Option<String>,
        #[arg(long)]
        all: bool,
    },
    /// Show active overrides.
    Status,
}

fn config_path() -> PathBuf {
    if let Some(p) = std::env::var_os("TF_CLI_CONFIG_FILE") {
        return PathBuf::from(p);
    }
    let home = dirs::home_dir().expect("no home directory");
    if cfg!(windows) {
        dirs::config_dir().unwrap_or(home).join("terraform.rc")
    } else {
        home.join(".terraformrc")
    }
}

/// Splits the file into (before, managed overrides, after).
fn split(text: &str) -> (String, BTreeMap<String, String>, String) {
    let Some(start) = text.find(BEGIN) else { return (text.to_owned(), BTreeMap::new(), String::new()) };
    let end = text[start..].find(END).map(|e| start + e + END.len()).unwrap_or(text.len());
    let block = &text[start..end];
    let overrides = block
        .lines()
        .filter_map(|l| {
            let (k, v) = l.trim().split_once('=')?;
            let k = k.trim().trim_matches('"');
            let v = v.trim().trim_matches('"');
            (k.contains('/') && !k.starts_with('#')).then(|| (k.to_owned(), v.to_owned()))
        })
        .collect();
    (text[..start].to_owned(), overrides, text[end..].trim_start_matches('\n').to_owned())
}

fn render(before: &str, overrides: &BTreeMap<String, String>, after: &str) -> String {
    let mut out = before.to_owned();
    if !overrides.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(BEGIN);
        out.push_str("\nprovider_installation {\n  dev_overrides {\n");
        for (k, v) in overrides {
            out.push_str(&format!("    \"{k}\" = \"{v}\"\n"));
        }
        out.push_str("  }\n  direct {}\n}\n");
        out.push_str(END);
        out.push('\n');
    }
    out.push_str(after);
    out
}

fn confirm(question: &str) -> bool {
    print!("{question} [y/N] ");
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn apply(path: &Path, old: &str, new: &str, cli: &Cli) {
    if old == new {
        println!("nothing to change");
        return;
    }
    let diff = similar::TextDiff::from_lines(old, new);
    print!("{}", diff.unified_diff().header(&path.display().to_string(), "(new)"));
    if cli.dry_run || (!cli.yes && !confirm("write these changes?")) {
        println!("not written");
        return;
    }
    if path.exists() {
        let backup = path.with_extension("tfdev-bak");
        if let Err(e) = std::fs::copy(path, &backup) {
            eprintln!("tfdev: cannot write backup {}: {e}", backup.display());
            exit(1);
        }
    }
    if let Err(e) = std::fs::write(path, new) {
        eprintln!("tfdev: cannot write {}: {e}", path.display());
        exit(1);
    }
    println!("written {}", path.display());
}

fn main() {
    let cli = Cli::parse();
    let path = config_path();
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let (before, mut overrides, after) = split(&old);
    if old.contains("provider_installation") && before.contains("provider_installation") {
        eprintln!("tfdev: {} already has an unmanaged provider_installation block; edit it by hand", path.display());
        exit(1);
    }
    match &cli.cmd {
        Cmd::Status => {
            if overrides.is_empty() {
                println!("no overrides");
            }
            for (k, v) in &overrides {
                println!("{k} -> {v}");
            }
        }
        Cmd::Link { source, dir } => {
            let dir = std::fs::canonicalize(dir).unwrap_or_else(|e| {
                eprintln!("tfdev: {}: {e}", dir.display());
                exit(1);
            });
            let name = source.rsplit('/').next().unwrap_or(source);
            if !dir.join(format!("terraform-provider-{name}")).exists() {
                eprintln!("tfdev: warning: no terraform-provider-{name} binary in {}", dir.display());
            }
            overrides.insert(source.clone(), dir.display().to_string());
            apply(&path, &old, &render(&before, &overrides, &after), &cli);
        }
        Cmd::Unlink { source, all } => {
            if *all {
                overrides.clear();
            } else if let Some(s) = source {
                overrides.remove(s);
            } else {
                eprintln!("tfdev: give a provider source or --all");
                exit(2);
            }
            apply(&path, &old, &render(&before, &overrides, &after), &cli);
        }
    }
}
