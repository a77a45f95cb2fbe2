use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use toml_edit::{value, DocumentMut, Item, Table};

#[derive(Parser)]
#[command(bin_name = "cargo")]
enum Cargo {
    Quicklink(Cli),
}

#[derive(clap::Args)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Use quicklink-cc as the linker for the host target.
    Setup {
        #[arg(long)]
        global: bool,
        #[arg(long)]
        remove: bool,
    },
    /// Show which linker the wrapper would pick.
    Doctor,
}

fn config_path(global: bool) -> PathBuf {
    if global {
        std::env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| dirs_home().join(".cargo")).join("config.toml")
    } else {
        PathBuf::from(".cargo").join("config.toml")
    }
}

fn dirs_home() -> PathBuf {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_default()
}

fn main() -> Result<()> {
    let Cargo::Quicklink(cli) = Cargo::parse();
    match cli.cmd {
        Cmd::Doctor => {
            let pick = quicklink::detect::pick();
            println!("cc: {}", pick.cc.display());
            println!("fuse-ld: {}", pick.fuse_ld.as_deref().unwrap_or("(system default)"));
            Ok(())
        }
        Cmd::Setup { global, remove } => {
            let path = config_path(global);
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let mut doc: DocumentMut = text.parse().context("parsing cargo config")?;
            let triple = quicklink::host_triple();
            let target = doc.entry("target").or_insert(Item::Table(Table::new())).as_table_mut().context("[target] is not a table")?;
            target.set_implicit(true);
            let entry = target.entry(&triple).or_insert(Item::Table(Table::new())).as_table_mut().context("target entry is not a table")?;
            if remove {
                entry.remove("linker");
            } else {
                entry["linker"] = value("quicklink-cc");
            }
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)?;
            }
            std::fs::write(&path, doc.to_string())?;
            println!("{} {}", if remove { "removed from" } else { "configured in" }, path.display());
            Ok(())
        }
    }
}
