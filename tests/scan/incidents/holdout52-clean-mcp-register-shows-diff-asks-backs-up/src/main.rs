use std::fs;
use std::io::{self, BufRead, Write};
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::{json, Map, Value};

#[derive(Clone, Copy, ValueEnum)]
enum ClientKind {
    Claude,
    Cursor,
    Windsurf,
}

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Add a server entry
    Add {
        #[arg(long, value_enum)]
        client: ClientKind,
        #[arg(long)]
        name: String,
        #[arg(long)]
        command: String,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Remove a server entry
    Remove {
        #[arg(long, value_enum)]
        client: ClientKind,
        #[arg(long)]
        name: String,
        #[arg(long)]
        yes: bool,
    },
    /// List configured servers
    List {
        #[arg(long, value_enum)]
        client: ClientKind,
    },
}

fn home() -> PathBuf {
    std::env::var_os("HOME").or_else(|| std::env::var_os("USERPROFILE")).map(PathBuf::from).unwrap_or_default()
}

fn config_path(c: ClientKind) -> PathBuf {
    match c {
        ClientKind::Cursor => home().join(".cursor/mcp.json"),
        ClientKind::Windsurf => home().join(".codeium/windsurf/mcp_config.json"),
        ClientKind::Claude => {
            if cfg!(target_os = "macos") {
                home().join("Library/Application Support/Claude/claude_desktop_config.json")
            } else if cfg!(windows) {
                PathBuf::from(std::env::var_os("APPDATA").unwrap_or_default()).join("Claude/claude_desktop_config.json")
            } else {
                home().join(".config/Claude/claude_desktop_config.json")
            }
        }
    }
}

fn load(path: &PathBuf) -> io::Result<Value> {
    match fs::read_to_string(path) {
        Ok(t) => serde_json::from_str(&t).map_err(io::Error::other),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(json!({})),
        Err(e) => Err(e),
    }
}

fn confirm(prompt: &str) -> bool {
    print!("{prompt} [y/N] ");
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn save(path: &PathBuf, doc: &Value) -> io::Result<()> {
    if path.exists() {
        let ts = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let backup = PathBuf::from(format!("{}.bak-{ts}", path.display()));
        fs::copy(path, &backup)?;
        println!("backup: {}", backup.display());
    } else if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, serde_json::to_string_pretty(doc).map_err(io::Error::other)? + "\n")
}

fn servers(doc: &mut Value) -> io::Result<&mut Map<String, Value>> {
    let obj = doc.as_object_mut().ok_or_else(|| io::Error::other("config is not a JSON object"))?;
    obj.entry("mcpServers").or_insert_with(|| json!({})).as_object_mut().ok_or_else(|| io::Error::other("mcpServers is not an object"))
}

fn main() -> io::Result<()> {
    match Cli::parse().cmd {
        Cmd::Add { client, name, command, yes, args } => {
            let path = config_path(client);
            let mut doc = load(&path)?;
            let entry = json!({ "command": command, "args": args });
            println!("{}:\n+ \"{name}\": {}", path.display(), serde_json::to_string_pretty(&entry)?);
            if servers(&mut doc)?.contains_key(&name) {
                println!("(replaces the existing \"{name}\" entry)");
            }
            if !yes && !confirm("write this entry?") {
                println!("nothing changed");
                return Ok(());
            }
            servers(&mut doc)?.insert(name, entry);
            save(&path, &doc)?;
        }
        Cmd::Remove { client, name, yes } => {
            let path = config_path(client);
            let mut doc = load(&path)?;
            let Some(old) = servers(&mut doc)?.get(&name).cloned() else {
                println!("no server named {name} in {}", path.display());
                return Ok(());
            };
            println!("{}:\n- \"{name}\": {}", path.display(), serde_json::to_string_pretty(&old)?);
            if !yes && !confirm("remove this entry?") {
                println!("nothing changed");
                return Ok(());
            }
            servers(&mut doc)?.remove(&name);
            save(&path, &doc)?;
        }
        Cmd::List { client } => {
            let path = config_path(client);
            let mut doc = load(&path)?;
            for (name, v) in servers(&mut doc)?.iter() {
                println!("{name}: {}", v.get("command").and_then(Value::as_str).unwrap_or("?"));
            }
        }
    }
    Ok(())
}
