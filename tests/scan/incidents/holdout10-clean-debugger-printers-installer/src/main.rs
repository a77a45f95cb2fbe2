//! `cargo prettyprint install | uninstall | show`
//!
//! `install` writes the bundled printers to the data directory and adds one marked line to
//! `~/.gdbinit` and/or `~/.lldbinit`, after showing the line and asking. `uninstall` removes
//! exactly the marked lines and the printers. `show` prints the lines so you can add them by
//! hand instead.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, BufRead, Write};
use std::path::PathBuf;

const PRINTERS: &str = include_str!("../python/crate_printers.py");
const MARKER: &str = "# added by cargo-prettyprint";

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cargo {
    Prettyprint(Cli),
}

#[derive(clap::Args)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Debugger {
    Gdb,
    Lldb,
    Both,
}

#[derive(Subcommand)]
enum Cmd {
    Install {
        #[arg(long, value_enum, default_value = "both")]
        debugger: Debugger,
        #[arg(long)]
        yes: bool,
    },
    Uninstall,
    Show,
}

fn printers_path() -> Result<PathBuf> {
    Ok(dirs::data_dir().context("no data directory")?.join("cargo-prettyprint").join("crate_printers.py"))
}

fn init_files(which: Debugger) -> Result<Vec<(PathBuf, String)>> {
    let home = dirs::home_dir().context("no home directory")?;
    let script = printers_path()?.display().to_string();
    let mut out = Vec::new();
    if which != Debugger::Lldb {
        out.push((home.join(".gdbinit"), format!("source {script} {MARKER}")));
    }
    if which != Debugger::Gdb {
        out.push((home.join(".lldbinit"), format!("command script import {script} {MARKER}")));
    }
    Ok(out)
}

fn ask(q: &str) -> Result<bool> {
    print!("{q} [y/N] ");
    io::stdout().flush()?;
    let mut l = String::new();
    io::stdin().lock().read_line(&mut l)?;
    Ok(l.trim().eq_ignore_ascii_case("y"))
}

fn main() -> Result<()> {
    let Cargo::Prettyprint(cli) = Cargo::parse();
    match cli.cmd {
        Cmd::Show => {
            for (file, line) in init_files(Debugger::Both)? {
                println!("{}:\n    {line}", file.display());
            }
        }
        Cmd::Install { debugger, yes } => {
            let plan = init_files(debugger)?;
            println!("Will write {}", printers_path()?.display());
            for (file, line) in &plan {
                println!("Will append to {}:\n    {line}", file.display());
            }
            if !yes && !ask("Proceed?")? {
                println!("Nothing changed. `cargo prettyprint show` prints the lines to add by hand.");
                return Ok(());
            }
            let p = printers_path()?;
            std::fs::create_dir_all(p.parent().unwrap())?;
            std::fs::write(&p, PRINTERS)?;
            for (file, line) in plan {
                let cur = std::fs::read_to_string(&file).unwrap_or_default();
                if cur.lines().any(|l| l.ends_with(MARKER)) {
                    continue;
                }
                let sep = if cur.is_empty() || cur.ends_with('\n') { "" } else { "\n" };
                std::fs::write(&file, format!("{cur}{sep}{line}\n"))?;
            }
            println!("Installed.");
        }
        Cmd::Uninstall => {
            for (file, _) in init_files(Debugger::Both)? {
                if let Ok(cur) = std::fs::read_to_string(&file) {
                    let kept: Vec<&str> = cur.lines().filter(|l| !l.ends_with(MARKER)).collect();
                    std::fs::write(&file, kept.join("\n") + if kept.is_empty() { "" } else { "\n" })?;
                }
            }
            let _ = std::fs::remove_file(printers_path()?);
            println!("Uninstalled.");
        }
    }
    Ok(())
}
