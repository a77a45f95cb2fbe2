mod rules;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "pkl-lint", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Lint .pkl files under the given paths
    Lint {
        paths: Vec<PathBuf>,
        /// Treat warnings as errors
        #[arg(long, value_parser = ["warnings"])]
        deny: Option<String>,
    },
}

fn language() -> Result<tree_sitter::Language> {
    let lang: tree_sitter::Language = tree_sitter_pkl::LANGUAGE.into();
    let abi = lang.abi_version();
    if !(tree_sitter::MIN_COMPATIBLE_LANGUAGE_VERSION..=tree_sitter::LANGUAGE_VERSION).contains(&abi) {
        bail!("tree-sitter-pkl has parser ABI {abi}, this build supports {}..={}", tree_sitter::MIN_COMPATIBLE_LANGUAGE_VERSION, tree_sitter::LANGUAGE_VERSION);
    }
    Ok(lang)
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let Cmd::Lint { paths, deny } = cli.cmd;
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&language()?).context("loading the Pkl grammar")?;

    let mut findings = 0usize;
    let mut errors = 0usize;
    for root in if paths.is_empty() { vec![PathBuf::from(".")] } else { paths } {
        for entry in walkdir::WalkDir::new(&root).into_iter().filter_map(Result::ok) {
            let p = entry.path();
            if p.extension().and_then(|e| e.to_str()) != Some("pkl") {
                continue;
            }
            let src = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            let Some(tree) = parser.parse(&src, None) else { continue };
            for f in rules::check(&tree, &src) {
                println!("{}:{}:{}: {} [{}] {}", p.display(), f.line + 1, f.col + 1, f.severity, f.rule, f.message);
                findings += 1;
                if f.severity == rules::Severity::Error {
                    errors += 1;
                }
            }
        }
    }
    if errors > 0 || (deny.is_some() && findings > 0) {
        std::process::exit(1);
    }
    Ok(())
}
