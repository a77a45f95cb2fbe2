//! `ldwatch run [--log FILE] [--only libs] -- CMD...`

use std::os::unix::process::CommandExt;
use std::process::Command;

fn library() -> String {
    let exe = std::env::current_exe().unwrap_or_default();
    let dir = exe.parent().map(|p| p.to_path_buf()).unwrap_or_default();
    for candidate in [dir.join("libldwatch.so"), dir.join("../lib/libldwatch.so"), "/usr/local/lib/libldwatch.so".into()] {
        if candidate.exists() {
            return candidate.display().to_string();
        }
    }
    "libldwatch.so".into()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("run") {
        eprintln!("usage: ldwatch run [--log FILE] [--only libs] -- CMD...");
        std::process::exit(2);
    }
    let mut log = "ldwatch.log".to_string();
    let mut only = None;
    let mut i = 1;
    while i < args.len() && args[i] != "--" {
        match args[i].as_str() {
            "--log" => {
                log = args.get(i + 1).cloned().unwrap_or(log);
                i += 1;
            }
            "--only" => {
                only = args.get(i + 1).cloned();
                i += 1;
            }
            other => eprintln!("ldwatch: ignoring `{other}`"),
        }
        i += 1;
    }
    let cmd = &args[(i + 1).min(args.len())..];
    let Some((prog, rest)) = cmd.split_first() else {
        eprintln!("ldwatch: no command");
        std::process::exit(2);
    };
    let mut c = Command::new(prog);
    c.args(rest).env("LD_AUDIT", library()).env("LDWATCH_LOG", &log);
    if let Some(o) = only {
        c.env("LDWATCH_ONLY", o);
    }
    let err = c.exec();
    eprintln!("ldwatch: {prog}: {err}");
    std::process::exit(127);
}
