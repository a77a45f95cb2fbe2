use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

mod scanners;

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::current_dir().unwrap_or_default().join("target"))
}

fn bench(dir: &PathBuf, n: usize) -> std::io::Result<Duration> {
    let tmp = dir.join(".avcheck-bench");
    std::fs::create_dir_all(&tmp)?;
    let start = Instant::now();
    for i in 0..n {
        std::fs::write(tmp.join(format!("f{i}.rlib")), [0u8; 512])?;
    }
    for i in 0..n {
        let _ = std::fs::read(tmp.join(format!("f{i}.rlib")))?;
    }
    let t = start.elapsed();
    std::fs::remove_dir_all(&tmp)?;
    Ok(t)
}

#[cfg(windows)]
fn defender_exclusions() -> Vec<String> {
    let out = Command::new("powershell")
        .args(["-NoProfile", "-NonInteractive", "-Command", "(Get-MpPreference).ExclusionPath -join \"`n\""])
        .output();
    match out {
        Ok(o) => String::from_utf8_lossy(&o.stdout).lines().map(|l| l.trim().to_lowercase()).filter(|l| !l.is_empty()).collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(not(windows))]
fn defender_exclusions() -> Vec<String> {
    Vec::new()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files = 2000usize;
    let mut args = lexopt::Parser::from_env();
    while let Some(arg) = args.next()? {
        match arg {
            lexopt::Arg::Value(v) if v == "avcheck" => {}
            lexopt::Arg::Long("files") => files = args.value()?.parse()?,
            lexopt::Arg::Long("help") | lexopt::Arg::Short('h') => {
                println!("cargo avcheck [--files N]");
                return Ok(());
            }
            _ => return Err(arg.unexpected().into()),
        }
    }
    let found = scanners::running();
    if found.is_empty() {
        println!("No known real-time scanner is running.");
    }
    for s in &found {
        println!("Real-time scanner detected: {} ({})", s.product, s.process);
    }
    let target = target_dir();
    let excluded = defender_exclusions().iter().any(|e| target.to_string_lossy().to_lowercase().starts_with(e.as_str()));
    if cfg!(windows) {
        println!("{} excluded: {}", target.display(), if excluded { "yes" } else { "no" });
    }
    let t = bench(&target, files)?;
    println!("Small-file write benchmark in {}: {} files in {:.2} s", target.display(), files, t.as_secs_f64());
    if !found.is_empty() && !excluded && t > Duration::from_secs(2) {
        println!("\nBuilds are likely slowed down by on-access scanning.");
        for s in &found {
            if let Some(advice) = s.advice(&target) {
                println!("{advice}");
            }
        }
    }
    Ok(())
}
