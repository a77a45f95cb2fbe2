mod catalog;
mod usi;

use std::path::PathBuf;
use std::process::ExitCode;

fn config_dir() -> PathBuf {
    std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .unwrap_or_default()
        .join("usi-engines")
}

fn engines() -> Vec<(String, PathBuf)> {
    std::fs::read_to_string(config_dir().join("engines.conf"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(n, p)| (n.trim().to_string(), PathBuf::from(p.trim())))
        .collect()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match argv.as_slice() {
        ["fetch-eval", name] => catalog::fetch(name, &config_dir().join("eval")).map(|p| println!("saved {}", p.display())),
        ["list"] => {
            for (n, p) in engines() {
                println!("{n}\t{}", p.display());
            }
            Ok(())
        }
        ["bestmove", name, sfen, millis] => match engines().into_iter().find(|(n, _)| n == name) {
            Some((_, path)) => millis
                .parse::<u64>()
                .map_err(|e| e.to_string())
                .and_then(|ms| usi::bestmove(&path, &config_dir().join("eval"), sfen, ms))
                .map(|m| println!("{m}")),
            None => Err(format!("no engine named {name} in engines.conf")),
        },
        _ => Err("usage: usi-engines fetch-eval NAME | list | bestmove ENGINE SFEN MILLIS".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("usi-engines: {e}");
            ExitCode::FAILURE
        }
    }
}
