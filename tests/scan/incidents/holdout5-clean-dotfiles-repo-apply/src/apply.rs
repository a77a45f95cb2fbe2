//! Planning and applying the symlinks.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use dialoguer::Confirm;

use crate::{data_dir, home};

struct Step {
    src: PathBuf,
    dst: PathBuf,
    replaces: bool,
}

fn plan(repo: &Path, rel: &Path, out: &mut Vec<Step>) {
    let Ok(rd) = fs::read_dir(repo.join(rel)) else { return };
    for e in rd.flatten() {
        let name = e.file_name();
        if name == ".git" || name == "hooks" || name == "README.md" {
            continue;
        }
        let r = rel.join(&name);
        let src = repo.join(&r);
        if src.is_dir() && !src.join(".dotlink-link-dir").exists() {
            plan(repo, &r, out);
            continue;
        }
        let dst = home().join(&r);
        let already = fs::read_link(&dst).map(|t| t == src).unwrap_or(false);
        if !already {
            out.push(Step { replaces: dst.exists(), src, dst });
        }
    }
}

pub fn run(dry_run: bool, yes: bool, run_hooks: bool) -> Result<(), Box<dyn std::error::Error>> {
    let repo = data_dir().join("repo");
    let mut steps = Vec::new();
    plan(&repo, Path::new(""), &mut steps);
    if steps.is_empty() {
        println!("Nothing to do.");
        return Ok(());
    }
    for s in &steps {
        println!("{} {} -> {}", if s.replaces { "replace" } else { "link   " }, s.dst.display(), s.src.display());
    }
    if dry_run {
        return Ok(());
    }
    if !yes && !Confirm::new().with_prompt(format!("Apply {} change(s)?", steps.len())).default(false).interact()? {
        return Ok(());
    }
    let backup = data_dir().join("backup").join(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs().to_string());
    for s in &steps {
        if s.replaces {
            let rel = s.dst.strip_prefix(home())?;
            let b = backup.join(rel);
            fs::create_dir_all(b.parent().unwrap())?;
            fs::rename(&s.dst, &b)?;
        }
        if let Some(p) = s.dst.parent() {
            fs::create_dir_all(p)?;
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(&s.src, &s.dst)?;
    }
    let hook = repo.join("hooks").join("post-apply.sh");
    if hook.is_file() {
        if run_hooks {
            println!("--- {} ---\n{}\n---", hook.display(), fs::read_to_string(&hook)?);
            if Confirm::new().with_prompt("Run this hook from your repository?").default(false).interact()? {
                Command::new("sh").arg(&hook).current_dir(home()).status()?;
            }
        } else {
            println!("Note: {} exists; run `dotlink apply --run-hooks` to review and run it.", hook.display());
        }
    }
    Ok(())
}

pub fn undo() -> Result<(), Box<dyn std::error::Error>> {
    let root = data_dir().join("backup");
    let mut runs: Vec<PathBuf> = fs::read_dir(&root)?.flatten().map(|e| e.path()).collect();
    runs.sort();
    let last = runs.pop().ok_or("no backup to restore")?;
    let mut stack = vec![last.clone()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d)?.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let dst = home().join(p.strip_prefix(&last)?);
            let _ = fs::remove_file(&dst);
            fs::rename(&p, &dst)?;
            println!("restored {}", dst.display());
        }
    }
    fs::remove_dir_all(last)?;
    Ok(())
}
