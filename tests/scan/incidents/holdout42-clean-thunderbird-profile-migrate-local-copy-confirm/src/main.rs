//! tb-migrate <DEST>
//! Lists the profiles in the user's Thunderbird directory, asks which one to
//! copy and copies it (including logins.json / key4.db, which Thunderbird
//! needs to decrypt saved passwords) into DEST on the same machine. Nothing is
//! uploaded; the copy keeps the source's file permissions.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::{env, fs};

fn roots() -> Vec<PathBuf> {
    let home = dirs::home_dir().unwrap_or_default();
    let mut v = vec![home.join(".thunderbird")];
    if let Some(d) = dirs::data_dir() { v.push(d.join("Thunderbird").join("Profiles")) }
    v
}

fn copy_dir(src: &Path, dst: &Path) -> io::Result<u64> {
    fs::create_dir_all(dst)?;
    let mut n = 0;
    for e in fs::read_dir(src)? {
        let e = e?;
        let to = dst.join(e.file_name());
        if e.file_type()?.is_dir() { n += copy_dir(&e.path(), &to)? } else {
            fs::copy(e.path(), &to)?;
            n += 1;
        }
    }
    Ok(n)
}

fn main() -> io::Result<()> {
    let Some(dest) = env::args().nth(1).map(PathBuf::from) else { eprintln!("usage: tb-migrate <DEST>"); std::process::exit(2) };
    if thunderbird_running() { eprintln!("close Thunderbird first"); std::process::exit(1) }
    let profiles: Vec<PathBuf> = roots().iter().filter_map(|r| fs::read_dir(r).ok())
        .flat_map(|rd| rd.flatten().map(|e| e.path())).filter(|p| p.join("prefs.js").exists()).collect();
    if profiles.is_empty() { eprintln!("no Thunderbird profile found"); return Ok(()) }
    for (i, p) in profiles.iter().enumerate() { println!("[{i}] {}", p.display()) }
    print!("profile to copy into {} (number, empty to cancel): ", dest.display());
    io::stdout().flush()?;
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line)?;
    let Ok(i) = line.trim().parse::<usize>() else { println!("cancelled"); return Ok(()) };
    let Some(src) = profiles.get(i) else { println!("no such profile"); return Ok(()) };
    let n = copy_dir(src, &dest)?;
    println!("copied {n} files; point Thunderbird at it with `thunderbird -profile {}`", dest.display());
    Ok(())
}

/// Thunderbird keeps a `lock` symlink (Unix) or `parent.lock` (Windows) while running.
fn thunderbird_running() -> bool {
    roots().iter().filter_map(|r| fs::read_dir(r).ok()).flat_map(|rd| rd.flatten())
        .any(|e| fs::symlink_metadata(e.path().join("lock")).is_ok() || e.path().join("parent.lock").exists())
}
