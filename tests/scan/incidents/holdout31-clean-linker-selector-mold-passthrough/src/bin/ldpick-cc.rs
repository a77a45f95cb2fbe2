use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let line = ldpick::command_line(&args);
    let cc = ldpick::cc();
    if std::env::var_os("LDPICK_VERBOSE").is_some() {
        eprintln!("ldpick: {} {}", cc.display(), line.join(" "));
    }
    match Command::new(&cc).args(&line).status() {
        Ok(s) => ExitCode::from(s.code().unwrap_or(1) as u8),
        Err(e) => {
            eprintln!("ldpick: cannot run {}: {e}", cc.display());
            ExitCode::from(1)
        }
    }
}
