use anyhow::{bail, Context, Result};
use cargo_metadata::{MetadataCommand, Package};
use clap::{Parser, Subcommand};
use std::process::Command;

#[cfg(any(target_os = "macos", windows))]
mod update;

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cargo {
    Featurelint(Args),
}

#[derive(clap::Args)]
#[command(version, about)]
struct Args {
    /// Also check every pair of features.
    #[arg(long)]
    pairs: bool,
    /// Only this package of the workspace.
    #[arg(long, short)]
    package: Option<String>,
    #[command(subcommand)]
    cmd: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Replace this binary with the latest release.
    SelfUpdate,
}

fn check(pkg: &Package, features: &[&str]) -> Result<bool> {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.args(["check", "--quiet", "--no-default-features", "-p", &pkg.name]);
    if !features.is_empty() {
        cmd.arg("--features").arg(features.join(","));
    }
    let status = cmd.status().context("running cargo check")?;
    Ok(status.success())
}

fn lint(pkg: &Package, pairs: bool) -> Result<Vec<String>> {
    let names: Vec<&str> = pkg.features.keys().map(String::as_str).filter(|f| *f != "default").collect();
    let mut failures = Vec::new();
    if !check(pkg, &[])? {
        failures.push(format!("{}: no features", pkg.name));
    }
    for f in &names {
        eprintln!("  {} --features {f}", pkg.name);
        if !check(pkg, &[f])? {
            failures.push(format!("{}: {f}", pkg.name));
        }
    }
    if pairs {
        for (i, a) in names.iter().enumerate() {
            for b in &names[i + 1..] {
                if !check(pkg, &[a, b])? {
                    failures.push(format!("{}: {a} + {b}", pkg.name));
                }
            }
        }
    }
    if !check(pkg, &names)? {
        failures.push(format!("{}: all features", pkg.name));
    }
    Ok(failures)
}

fn main() -> Result<()> {
    let Cargo::Featurelint(args) = Cargo::parse();
    #[cfg(any(target_os = "macos", windows))]
    {
        if let Some(Cmd::SelfUpdate) = args.cmd {
            return update::run(true);
        }
        let _ = update::run(false);
    }
    #[cfg(not(any(target_os = "macos", windows)))]
    if args.cmd.is_some() {
        bail!("self-update is only available for the CDN builds; use `cargo binstall cargo-featurelint`");
    }

    let meta = MetadataCommand::new().no_deps().exec()?;
    let mut failures = Vec::new();
    for pkg in meta.workspace_packages() {
        if args.package.as_deref().map(|p| p != pkg.name).unwrap_or(false) {
            continue;
        }
        eprintln!("checking {}", pkg.name);
        failures.extend(lint(pkg, args.pairs)?);
    }
    if failures.is_empty() {
        eprintln!("all feature combinations build");
        return Ok(());
    }
    for f in &failures {
        println!("FAILED {f}");
    }
    bail!("{} feature combination(s) failed", failures.len())
}
