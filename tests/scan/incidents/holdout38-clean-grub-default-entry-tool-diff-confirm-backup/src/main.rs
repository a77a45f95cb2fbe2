mod entries;

use clap::{Parser, Subcommand};
use std::path::Path;
use std::process::Command;

const DEFAULTS: &str = "/etc/default/grub";

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
    /// Do not ask for confirmation.
    #[arg(long, global = true)]
    yes: bool,
}

#[derive(Subcommand)]
enum Cmd {
    List,
    Default { entry: String },
    Cmdline { #[arg(long)] add: Vec<String>, #[arg(long)] remove: Vec<String> },
    Restore,
}

fn set_var(text: &str, key: &str, value: &str) -> String {
    let line = format!("{key}=\"{value}\"");
    let mut found = false;
    let mut out: Vec<String> = text
        .lines()
        .map(|l| if l.trim_start().starts_with(&format!("{key}=")) { found = true; line.clone() } else { l.to_owned() })
        .collect();
    if !found {
        out.push(line);
    }
    out.join("\n") + "\n"
}

fn get_var(text: &str, key: &str) -> String {
    text.lines()
        .find_map(|l| l.trim_start().strip_prefix(&format!("{key}=")))
        .map(|v| v.trim_matches('"').to_owned())
        .unwrap_or_default()
}

fn apply(old: &str, new: &str, yes: bool) -> anyhow::Result<()> {
    if old == new {
        println!("No change.");
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(old, new);
    print!("{}", diff.unified_diff().header(DEFAULTS, DEFAULTS));
    if !yes && !dialoguer::Confirm::new().with_prompt("Write this and regenerate grub.cfg?").default(false).interact()? {
        println!("Aborted; nothing written.");
        return Ok(());
    }
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
    std::fs::copy(DEFAULTS, format!("{DEFAULTS}.grubset-{stamp}"))?;
    std::fs::write(DEFAULTS, new)?;
    let status = if Path::new("/usr/sbin/update-grub").exists() {
        Command::new("update-grub").status()?
    } else {
        Command::new("grub-mkconfig").args(["-o", "/boot/grub/grub.cfg"]).status()?
    };
    anyhow::ensure!(status.success(), "grub-mkconfig failed; restore with `grubset restore`");
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let old = std::fs::read_to_string(DEFAULTS)?;
    match cli.cmd {
        Cmd::List => {
            for e in entries::menu_entries(Path::new("/boot/grub/grub.cfg"))? {
                println!("{e}");
            }
        }
        Cmd::Default { entry } => {
            anyhow::ensure!(entries::menu_entries(Path::new("/boot/grub/grub.cfg"))?.contains(&entry), "no such entry: {entry}");
            apply(&old, &set_var(&old, "GRUB_DEFAULT", &entry), cli.yes)?;
        }
        Cmd::Cmdline { add, remove } => {
            let mut params: Vec<String> = get_var(&old, "GRUB_CMDLINE_LINUX_DEFAULT").split_whitespace().map(str::to_owned).collect();
            params.retain(|p| !remove.iter().any(|r| p == r || p.starts_with(&format!("{r}="))));
            params.extend(add);
            apply(&old, &set_var(&old, "GRUB_CMDLINE_LINUX_DEFAULT", &params.join(" ")), cli.yes)?;
        }
        Cmd::Restore => {
            let dir = Path::new("/etc/default");
            let mut backups: Vec<_> = std::fs::read_dir(dir)?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("grub.grubset-")))
                .collect();
            backups.sort();
            let last = backups.pop().ok_or_else(|| anyhow::anyhow!("no backup found"))?;
            apply(&old, &std::fs::read_to_string(last)?, cli.yes)?;
        }
    }
    Ok(())
}
