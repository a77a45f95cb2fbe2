//! type7-audit

mod type7;

use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};

struct Finding {
    file: String,
    line: usize,
    rule: &'static str,
    detail: String,
    secret: Option<String>,
}

fn rate(p: &str) -> String {
    let mut missing = Vec::new();
    if !p.chars().any(|c| c.is_ascii_digit()) {
        missing.push("digits");
    }
    if !p.chars().any(|c| !c.is_ascii_alphanumeric()) {
        missing.push("symbols");
    }
    if !(p.chars().any(|c| c.is_ascii_uppercase()) && p.chars().any(|c| c.is_ascii_lowercase())) {
        missing.push("mixed case");
    }
    let weak = p.len() < 10 || missing.len() >= 2;
    format!("{} chars{}", p.len(), if weak { format!(", weak: no {}", missing.join("/")) } else { String::new() })
}

fn scan(file: &str, text: &str, out: &mut Vec<Finding>) {
    for (n, raw) in text.lines().enumerate() {
        let t: Vec<&str> = raw.split_whitespace().collect();
        let line = n + 1;
        let who = match t.first() {
            Some(&"username") => format!("username {}", t.get(1).unwrap_or(&"?")),
            Some(first) => first.to_string(),
            None => continue,
        };
        if let Some(i) = t.windows(2).position(|w| matches!(w[0], "password" | "key" | "secret") && w[1] == "7") {
            if let Some(p) = t.get(i + 2).and_then(|h| type7::decode(h)) {
                out.push(Finding { file: file.into(), line, rule: "type7", detail: format!("{who}: reversible type 7 ({})", rate(&p)), secret: Some(p) });
            }
        }
        if raw.trim_start().starts_with("enable password") {
            out.push(Finding { file: file.into(), line, rule: "enable", detail: "`enable password` instead of `enable secret`".into(), secret: None });
        }
        if t.len() >= 3 && t[0] == "snmp-server" && t[1] == "community" {
            out.push(Finding { file: file.into(), line, rule: "snmp", detail: format!("community string in clear text ({})", t.get(3).unwrap_or(&"")), secret: None });
        }
    }
}

fn confirm(prompt: &str) -> bool {
    if !std::io::stdin().is_terminal() {
        return false;
    }
    eprint!("{prompt} [y/N] ");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer).is_ok() && answer.trim().eq_ignore_ascii_case("y")
}

fn main() {
    let mut reveal = false;
    let mut reuse = false;
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--reveal" => reveal = true,
            "--reuse" => reuse = true,
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        eprintln!("usage: type7-audit [--reuse] [--reveal] CONFIG...");
        std::process::exit(2);
    }
    let mut findings = Vec::new();
    for f in &files {
        match std::fs::read_to_string(f) {
            Ok(text) => scan(f, &text, &mut findings),
            Err(e) => eprintln!("type7-audit: {f}: {e}"),
        }
    }
    if reveal && !confirm("Print decoded secrets to the terminal?") {
        reveal = false;
    }
    for x in &findings {
        let shown = match (&x.secret, reveal) {
            (Some(s), true) => format!("  => {s}"),
            _ => String::new(),
        };
        println!("{}:{:<4} {:<10} {}{shown}", x.file, x.line, x.rule, x.detail);
    }
    if reuse {
        let mut by_secret: HashMap<&str, Vec<String>> = HashMap::new();
        for x in &findings {
            if let Some(s) = &x.secret {
                by_secret.entry(s.as_str()).or_default().push(format!("{}:{}", x.file, x.line));
            }
        }
        for (n, places) in by_secret.values().filter(|p| p.len() > 1).enumerate() {
            println!("shared secret #{}: {}", n + 1, places.join(", "));
        }
    }
    let nfiles = findings.iter().map(|f| f.file.as_str()).collect::<std::collections::HashSet<_>>().len();
    println!("{} findings in {} files", findings.len(), nfiles);
    std::process::exit(if findings.is_empty() { 0 } else { 1 });
}
