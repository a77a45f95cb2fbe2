mod bru;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

fn dotenv(dir: &Path) -> BTreeMap<String, String> {
    fs::read_to_string(dir.join(".env"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().trim_matches('"').to_string()))
        .collect()
}

fn substitute(s: &str, vars: &BTreeMap<String, String>) -> String {
    let mut out = s.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{{{k}}}}}"), v);
    }
    out
}

fn mask(s: &str, secrets: &[String]) -> String {
    secrets.iter().filter(|v| v.len() >= 4).fold(s.to_string(), |acc, v| acc.replace(v.as_str(), "***"))
}

fn requests(dir: &Path) -> Vec<(PathBuf, bru::Request)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() && p.file_name().map_or(true, |n| n != "environments") {
                stack.push(p);
            } else if p.extension().map_or(false, |x| x == "bru") {
                if let Some(r) = fs::read_to_string(&p).ok().and_then(|t| bru::parse_request(&t)) {
                    out.push((p, r));
                }
            }
        }
    }
    out.sort_by_key(|(p, r)| (p.parent().map(Path::to_path_buf), r.seq));
    out
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: bru-run <collection-dir> [--env NAME]");
        return ExitCode::from(2);
    };
    let env_name = args.iter().position(|a| a == "--env").and_then(|i| args.get(i + 1));
    let mut vars = BTreeMap::new();
    let mut secrets: Vec<String> = Vec::new();
    if let Some(name) = env_name {
        let text = fs::read_to_string(dir.join("environments").join(format!("{name}.bru"))).unwrap_or_default();
        let env = bru::parse_env(&text);
        for s in &env.secret_names {
            if let Some(v) = env.vars.get(s) {
                secrets.push(v.clone());
            }
        }
        vars.extend(env.vars);
    }
    for (k, v) in dotenv(&dir) {
        secrets.push(v.clone());
        vars.insert(format!("process.env.{k}"), v);
    }
    let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(30)).build();
    let mut failed = 0;
    for (path, r) in requests(&dir) {
        let url = substitute(&r.url, &vars);
        let mut req = agent.request(&r.method, &url);
        for (k, v) in &r.headers {
            req = req.set(k, &substitute(v, &vars));
        }
        let result = match &r.body {
            Some(b) => req.set("Content-Type", "application/json").send_string(&substitute(b, &vars)),
            None => req.call(),
        };
        let status = match result {
            Ok(resp) => resp.status().to_string(),
            Err(ureq::Error::Status(code, _)) => {
                failed += 1;
                code.to_string()
            }
            Err(e) => {
                failed += 1;
                format!("error: {e}")
            }
        };
        println!("{:<6} {:<40} {} ({})", r.method, mask(&url, &secrets), status, path.display());
    }
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
