use clap::{Parser, Subcommand};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

const OPTION: &str = "pinentry-program";
const KNOWN: &[&str] = &[
    "pinentry-mac",
    "pinentry-gnome3",
    "pinentry-qt",
    "pinentry-gtk-2",
    "pinentry-curses",
    "pinentry-tty",
    "pinentry",
];

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[arg(long, short, global = true)]
    yes: bool,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Show the configured pinentry.
    Status,
    /// List pinentry programs found on PATH.
    List,
    /// Use this pinentry (a name on PATH or an absolute path).
    Set { program: String },
    /// Remove the pinentry-program line (gpg-agent falls back to its default).
    Reset,
}

fn gnupg_home() -> PathBuf {
    std::env::var_os("GNUPGHOME")
        .map(PathBuf::from)
        .or_else(|| dirs::home_dir().map(|h| h.join(".gnupg")))
        .unwrap_or_else(|| {
            eprintln!("pinentry-pick: cannot find the GnuPG home directory");
            exit(1)
        })
}

fn configured(conf: &str) -> Option<&str> {
    conf.lines()
        .map(str::trim)
        .find(|l| l.starts_with(OPTION))
        .and_then(|l| l[OPTION.len()..].split_whitespace().next())
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    let _ = io::stdout().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).is_ok() && matches!(line.trim(), "y" | "Y" | "yes")
}

fn write_conf(path: &Path, old: &str, new: &str, yes: bool) {
    if old == new {
        println!("nothing to change");
        return;
    }
    println!("--- {}", path.display());
    for l in old.lines().filter(|l| l.trim_start().starts_with(OPTION)) {
        println!("- {l}");
    }
    for l in new.lines().filter(|l| l.trim_start().starts_with(OPTION)) {
        println!("+ {l}");
    }
    if !yes && !confirm("write this change and reload gpg-agent?") {
        println!("not changed");
        return;
    }
    if path.exists() {
        let backup = path.with_extension("conf.bak");
        if let Err(e) = std::fs::copy(path, &backup) {
            eprintln!("pinentry-pick: cannot write backup {}: {e}", backup.display());
            exit(1);
        }
        println!("backup: {}", backup.display());
    }
    if let Err(e) = std::fs::write(path, new) {
        eprintln!("pinentry-pick: cannot write {}: {e}", path.display());
        exit(1);
    }
    match Command::new("gpgconf").args(["--reload", "gpg-agent"]).status() {
        Ok(s) if s.success() => println!("gpg-agent reloaded"),
        _ => println!("written; run `gpgconf --reload gpg-agent` to apply"),
    }
}

fn without_option(conf: &str) -> String {
    let mut out: String = conf
        .lines()
        .filter(|l| !l.trim_start().starts_with(OPTION))
        .map(|l| format!("{l}\n"))
        .collect();
    if out.trim().is_empty() {
        out.clear();
    }
    out
}

fn main() {
    let cli = Cli::parse();
    let path = gnupg_home().join("gpg-agent.conf");
    let conf = std::fs::read_to_string(&path).unwrap_or_default();
    match cli.cmd {
        Cmd::Status => match configured(&conf) {
            Some(p) => println!("{p} (from {})", path.display()),
            None => println!("gpg-agent default (no {OPTION} in {})", path.display()),
        },
        Cmd::List => {
            for name in KNOWN {
                if let Ok(p) = which::which(name) {
                    println!("{name}\t{}", p.display());
                }
            }
        }
        Cmd::Set { program } => {
            let resolved = if Path::new(&program).is_absolute() {
                PathBuf::from(&program)
            } else {
                which::which(&program).unwrap_or_else(|_| {
                    eprintln!("pinentry-pick: {program} not found on PATH");
                    exit(1)
                })
            };
            let name = resolved.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !name.starts_with("pinentry") || !resolved.is_file() {
                eprintln!("pinentry-pick: {} is not a pinentry program", resolved.display());
                exit(1);
            }
            let mut new = without_option(&conf);
            new.push_str(&format!("{OPTION} {}\n", resolved.display()));
            write_conf(&path, &conf, &new, cli.yes);
        }
        Cmd::Reset => write_conf(&path, &conf, &without_option(&conf), cli.yes),
    }
}
