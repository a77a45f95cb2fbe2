//! The `host` global given to plugins.

use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use rquickjs::{Ctx, Function, Object, Result};

/// Count application starts (plugins use it for first-run hints).
pub fn bump_launches(app: &str) -> u32 {
    let Some(dir) = dirs::config_dir().map(|d| d.join(app)) else { return 0 };
    let file = dir.join("launches");
    let n = std::fs::read_to_string(&file).ok().and_then(|s| s.trim().parse::<u32>().ok()).unwrap_or(0) + 1;
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(&file, n.to_string());
    n
}

pub fn install(ctx: &Ctx<'_>, launches: u32) -> Result<()> {
    let host = Object::new(ctx.clone())?;
    host.set("log", Function::new(ctx.clone(), |msg: String| eprintln!("[plugin] {}", msg))?)?;
    host.set(
        "now",
        Function::new(ctx.clone(), || {
            SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as f64).unwrap_or(0.0)
        })?,
    )?;
    host.set("env", Function::new(ctx.clone(), |k: String| std::env::var(k).ok())?)?;
    host.set("launches", Function::new(ctx.clone(), move || launches)?)?;
    host.set("platform", Function::new(ctx.clone(), || std::env::consts::OS.to_owned())?)?;
    host.set(
        "readText",
        Function::new(ctx.clone(), |path: String| std::fs::read_to_string(path).ok())?,
    )?;
    host.set(
        "spawn",
        Function::new(ctx.clone(), |cmd: String, args: Vec<String>| {
            Command::new(cmd).args(args).output().map(|o| String::from_utf8_lossy(&o.stdout).to_string()).ok()
        })?,
    )?;
    ctx.globals().set("host", host)?;
    Ok(())
}
