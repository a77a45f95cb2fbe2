//! Minimal USI session with a user-configured engine.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

pub fn bestmove(engine: &Path, eval_dir: &Path, sfen: &str, millis: u64) -> Result<String, String> {
    let mut child = Command::new(engine)
        .current_dir(engine.parent().unwrap_or(Path::new(".")))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("starting {}: {e}", engine.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let mut lines = BufReader::new(child.stdout.take().ok_or("no stdout")?).lines();
    let mut wait_for = |token: &str| -> Result<String, String> {
        for line in lines.by_ref() {
            let line = line.map_err(|e| e.to_string())?;
            if line.starts_with(token) {
                return Ok(line);
            }
        }
        Err(format!("engine exited before `{token}`"))
    };
    writeln!(stdin, "usi").map_err(|e| e.to_string())?;
    wait_for("usiok")?;
    writeln!(stdin, "setoption name EvalDir value {}", eval_dir.display()).map_err(|e| e.to_string())?;
    writeln!(stdin, "isready").map_err(|e| e.to_string())?;
    wait_for("readyok")?;
    writeln!(stdin, "usinewgame\nposition sfen {sfen}\ngo byoyomi {millis}").map_err(|e| e.to_string())?;
    let best = wait_for("bestmove")?;
    let _ = writeln!(stdin, "quit");
    let _ = child.wait();
    Ok(best.split_whitespace().nth(1).unwrap_or("resign").to_string())
}
