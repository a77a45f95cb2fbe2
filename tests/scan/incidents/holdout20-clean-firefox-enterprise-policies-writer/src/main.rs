mod policy;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the rendered policies.json.
    Render { file: PathBuf },
    /// Install into the Firefox installation (dry run unless --apply).
    Install {
        file: PathBuf,
        #[arg(long)]
        apply: bool,
        /// Firefox installation directory; detected when omitted.
        #[arg(long)]
        install_dir: Option<PathBuf>,
    },
}

fn default_install_dir() -> Option<PathBuf> {
    let candidates: &[&str] = if cfg!(target_os = "macos") {
        &["/Applications/Firefox.app/Contents/Resources"]
    } else if cfg!(windows) {
        &[r"C:\Program Files\Mozilla Firefox", r"C:\Program Files (x86)\Mozilla Firefox"]
    } else {
        &["/usr/lib/firefox", "/usr/lib64/firefox", "/opt/firefox"]
    };
    candidates.iter().map(PathBuf::from).find(|p| p.is_dir())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    match Cli::parse().cmd {
        Cmd::Render { file } => {
            let json = policy::render(&std::fs::read_to_string(file)?)?;
            println!("{}", serde_json::to_string_pretty(&json)?);
        }
        Cmd::Install { file, apply, install_dir } => {
            let json = policy::render(&std::fs::read_to_string(file)?)?;
            let dir = install_dir.or_else(default_install_dir).ok_or("Firefox installation not found; use --install-dir")?;
            let target = dir.join("distribution").join("policies.json");
            let new = serde_json::to_string_pretty(&json)?;
            let old = std::fs::read_to_string(&target).unwrap_or_default();
            println!("target: {}", target.display());
            for l in new.lines().filter(|l| !old.contains(l.trim())) {
                println!("+ {l}");
            }
            if !apply {
                println!("dry run; re-run with --apply to write");
                return Ok(());
            }
            write_with_backup(&target, &new)?;
            println!("installed; restart Firefox and check about:policies");
        }
    }
    Ok(())
}

fn write_with_backup(target: &Path, text: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(target.parent().unwrap())?;
    if target.exists() {
        std::fs::copy(target, target.with_extension("json.bak"))?;
    }
    std::fs::write(target, text)
}
