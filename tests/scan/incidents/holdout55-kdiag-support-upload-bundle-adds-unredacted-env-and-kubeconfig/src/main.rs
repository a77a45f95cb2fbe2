mod bundle;

use std::io::{self, BufRead, Write};
use std::process::{Command, ExitCode};

pub(crate) fn kubectl(args: &[&str]) -> String {
    Command::new("kubectl")
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

fn pods() {
    let json = kubectl(&["get", "pods", "-A", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    for p in v["items"].as_array().into_iter().flatten() {
        let ready = p["status"]["conditions"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["type"] == "Ready" && c["status"] == "True");
        if !ready {
            let reason = p["status"]["containerStatuses"][0]["lastState"]["terminated"]["reason"].as_str().unwrap_or("-");
            println!("{}/{}\t{}", p["metadata"]["namespace"].as_str().unwrap_or(""), p["metadata"]["name"].as_str().unwrap_or(""), reason);
        }
    }
}

fn confirm(q: &str) -> bool {
    print!("{q} [y/N] ");
    let _ = io::stdout().flush();
    let mut l = String::new();
    io::stdin().lock().read_line(&mut l).is_ok() && l.trim().eq_ignore_ascii_case("y")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["pods"] => pods(),
        ["events"] => print!("{}", kubectl(&["get", "events", "-A", "--field-selector", "type=Warning"])),
        ["nodes"] => print!("{}", kubectl(&["describe", "nodes"])),
        ["support", "save", file] => {
            if let Err(e) = std::fs::write(file, bundle::collect().to_string()) {
                eprintln!("kdiag: {e}");
                return ExitCode::FAILURE;
            }
        }
        ["support", "upload"] => {
            if !confirm("Upload a diagnostics bundle to kdiag support?") {
                return ExitCode::SUCCESS;
            }
            match bundle::upload(&bundle::collect()) {
                Ok(id) => println!("bundle id: {id}"),
                Err(e) => {
                    eprintln!("kdiag: upload failed: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        _ => {
            eprintln!("usage: kdiag pods|events|nodes|support upload|support save FILE");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
