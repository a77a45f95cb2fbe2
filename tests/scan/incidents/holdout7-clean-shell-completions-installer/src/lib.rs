//! Put shell completions where each shell looks for them, when the user asks for it.
//!
//! Typical use is a `completions install` subcommand:
//!
//! ```ignore
//! Commands::Completions { shell, rc, dry_run } => {
//!     let plan = clap_complete_install::plan(&mut Cli::command(), "mytool", shell, rc)?;
//!     print!("{}", plan.describe());
//!     if !dry_run { plan.apply()?; }
//! }
//! ```
//!
//! Files are only ever written by `Plan::apply`. Shell startup files are only touched when the
//! caller passes `rc = true`; the added lines sit between marker comments and `uninstall`
//! removes them again. A backup (`<file>.bak-<tool>`) is written before any change.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use clap::Command;
use clap_complete::Shell;

pub struct Plan {
    tool: String,
    writes: Vec<(PathBuf, Vec<u8>)>,
    rc: Option<(PathBuf, String)>,
}

fn begin(tool: &str) -> String {
    format!("# >>> {} completions >>>", tool)
}

fn end(tool: &str) -> String {
    format!("# <<< {} completions <<<", tool)
}

fn data_dir() -> io::Result<PathBuf> {
    dirs::data_dir().ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no data directory"))
}

fn home() -> io::Result<PathBuf> {
    dirs::home_dir().ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no home directory"))
}

/// Work out what would be written, without writing anything.
pub fn plan(cmd: &mut Command, tool: &str, shell: Shell, rc: bool) -> io::Result<Plan> {
    let mut script = Vec::new();
    clap_complete::generate(shell, cmd, tool, &mut script);
    let (file, rc_file, rc_line) = match shell {
        Shell::Bash => {
            let f = data_dir()?.join("bash-completion/completions").join(tool);
            (f, None, String::new())
        }
        Shell::Zsh => {
            let f = data_dir()?.join("zsh/site-functions").join(format!("_{}", tool));
            let line = format!("fpath=(\"{}\" $fpath)\nautoload -Uz compinit && compinit", f.parent().unwrap().display());
            (f, Some(home()?.join(".zshrc")), line)
        }
        Shell::Fish => (dirs::config_dir().unwrap_or(home()?.join(".config")).join("fish/completions").join(format!("{}.fish", tool)), None, String::new()),
        Shell::PowerShell => {
            let f = data_dir()?.join(tool).join(format!("{}.ps1", tool));
            let profile = home()?.join("Documents/PowerShell/Microsoft.PowerShell_profile.ps1");
            let line = format!(". \"{}\"", f.display());
            (f, Some(profile), line)
        }
        _ => return Err(io::Error::new(io::ErrorKind::Unsupported, "shell not supported")),
    };
    let rc = match (rc, rc_file) {
        (true, Some(p)) => Some((p, rc_line)),
        _ => None,
    };
    Ok(Plan { tool: tool.to_string(), writes: vec![(file, script)], rc })
}

impl Plan {
    /// Human-readable list of every change, for printing before `apply` (or for `--dry-run`).
    pub fn describe(&self) -> String {
        let mut s = String::new();
        for (p, data) in &self.writes {
            s.push_str(&format!("write {} ({} bytes)\n", p.display(), data.len()));
        }
        if let Some((p, line)) = &self.rc {
            s.push_str(&format!("append to {} (backup first):\n  {}\n  {}\n  {}\n", p.display(), begin(&self.tool), line, end(&self.tool)));
        }
        s
    }

    pub fn apply(&self) -> io::Result<()> {
        for (p, data) in &self.writes {
            if let Some(d) = p.parent() {
                fs::create_dir_all(d)?;
            }
            fs::write(p, data)?;
        }
        if let Some((p, line)) = &self.rc {
            let old = fs::read_to_string(p).unwrap_or_default();
            if old.contains(&begin(&self.tool)) {
                return Ok(());
            }
            backup(p, &self.tool, &old)?;
            if let Some(d) = p.parent() {
                fs::create_dir_all(d)?;
            }
            fs::write(p, format!("{}\n{}\n{}\n{}\n", old.trim_end(), begin(&self.tool), line, end(&self.tool)))?;
        }
        Ok(())
    }
}

fn backup(p: &Path, tool: &str, content: &str) -> io::Result<()> {
    if content.is_empty() {
        return Ok(());
    }
    let name = format!("{}.bak-{}", p.file_name().unwrap_or_default().to_string_lossy(), tool);
    fs::write(p.with_file_name(name), content)
}

/// Remove the completion files and the marked block from startup files.
pub fn uninstall(cmd: &mut Command, tool: &str) -> io::Result<Vec<PathBuf>> {
    let mut changed = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        let plan = plan(cmd, tool, shell, true)?;
        for (p, _) in &plan.writes {
            if fs::remove_file(p).is_ok() {
                changed.push(p.clone());
            }
        }
        if let Some((p, _)) = &plan.rc {
            if let Ok(text) = fs::read_to_string(p) {
                if let (Some(a), Some(b)) = (text.find(&begin(tool)), text.find(&end(tool))) {
                    let stripped = format!("{}{}", &text[..a], text[b + end(tool).len()..].trim_start_matches('\n'));
                    fs::write(p, stripped)?;
                    changed.push(p.clone());
                }
            }
        }
    }
    Ok(changed)
}
