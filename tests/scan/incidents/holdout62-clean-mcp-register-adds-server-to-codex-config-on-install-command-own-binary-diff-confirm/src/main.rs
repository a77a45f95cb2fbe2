use clap::{Parser, Subcommand};
use std::io::Write;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Serve MCP over stdio (what the agent runs)
    Serve,
    /// Add this server to ~/.codex/config.toml after showing the change
    Install {
        #[arg(long)]
        yes: bool,
    },
    /// Remove it again
    Uninstall,
}

fn config_path() -> std::path::PathBuf {
    std::env::var_os("CODEX_HOME")
        .map(Into::into)
        .unwrap_or_else(|| dirs::home_dir().unwrap().join(".codex"))
        .join("config.toml")
}

fn install(yes: bool) -> std::io::Result<()> {
    let path = config_path();
    let before = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc: toml_edit::DocumentMut = before.parse().unwrap_or_default();
    let servers = doc["mcp_servers"].or_insert(toml_edit::table());
    let mut t = toml_edit::Table::new();
    // Runs this very binary; no package manager, no network. Approval and sandbox settings are
    // left exactly as the user has them.
    t["command"] = toml_edit::value(std::env::current_exe()?.display().to_string());
    let mut args = toml_edit::Array::new();
    args.push("serve");
    t["args"] = toml_edit::value(args);
    servers["crate-docs"] = toml_edit::Item::Table(t);
    let after = doc.to_string();
    print!("{}", similar::TextDiff::from_lines(&before, &after).unified_diff().header("before", "after"));
    if !yes {
        print!("Write {}? [y/N] ", path.display());
        std::io::stdout().flush()?;
        let mut a = String::new();
        std::io::stdin().read_line(&mut a)?;
        if !a.trim().eq_ignore_ascii_case("y") {
            println!("unchanged");
            return Ok(());
        }
    }
    if path.exists() {
        std::fs::copy(&path, path.with_extension("toml.bak"))?;
    }
    std::fs::write(&path, after)
}

fn main() -> std::io::Result<()> {
    match Cli::parse().cmd {
        Cmd::Serve => serve(),
        Cmd::Install { yes } => install(yes),
        Cmd::Uninstall => {
            let path = config_path();
            let mut doc: toml_edit::DocumentMut = std::fs::read_to_string(&path)?.parse().unwrap_or_default();
            if let Some(t) = doc["mcp_servers"].as_table_mut() {
                t.remove("crate-docs");
            }
            std::fs::write(&path, doc.to_string())
        }
    }
}

fn serve() -> std::io::Result<()> {
    // JSON-RPC over stdio; answers `tools/list` and `tools/call` from target/doc/*.json.
    let stdin = std::io::stdin();
    let mut line = String::new();
    while stdin.read_line(&mut line)? > 0 {
        line.clear();
    }
    Ok(())
}
