use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::exit;

fn arg_all(args: &[String], name: &str) -> Vec<String> {
    args.windows(2).filter(|w| w[0] == name).map(|w| w[1].clone()).collect()
}

fn slug(s: &str) -> String {
    let s: String = s.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == ' ' { c } else { '_' }).collect();
    s.trim().to_string()
}

fn secret_name(n: &str) -> bool {
    let n = n.to_ascii_lowercase();
    ["token", "secret", "password", "passwd", "apikey", "api_key", "auth", "private", "credential"].iter().any(|w| n.contains(w))
}

fn request_bru(item: &Value, seq: usize) -> String {
    let req = &item["request"];
    let method = req["method"].as_str().unwrap_or("GET").to_ascii_lowercase();
    let url = req["url"]["raw"].as_str().or_else(|| req["url"].as_str()).unwrap_or("");
    let mut s = format!("meta {{\n  name: {}\n  type: http\n  seq: {seq}\n}}\n\n{method} {{\n  url: {url}\n", item["name"].as_str().unwrap_or("request"));
    let body = req["body"]["raw"].as_str();
    let _ = write!(s, "  body: {}\n  auth: inherit\n}}\n", if body.is_some() { "json" } else { "none" });
    if let Some(h) = req["header"].as_array().filter(|h| !h.is_empty()) {
        s.push_str("\nheaders {\n");
        for e in h {
            let off = if e["disabled"].as_bool() == Some(true) { "~" } else { "" };
            let _ = writeln!(s, "  {off}{}: {}", e["key"].as_str().unwrap_or(""), e["value"].as_str().unwrap_or(""));
        }
        s.push_str("}\n");
    }
    if let Some(b) = body {
        s.push_str("\nbody:json {\n");
        for l in b.lines() {
            let _ = writeln!(s, "  {l}");
        }
        s.push_str("}\n");
    }
    s
}

fn walk(items: &[Value], dir: &Path, count: &mut usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (i, it) in items.iter().enumerate() {
        let name = slug(it["name"].as_str().unwrap_or("item"));
        if let Some(children) = it["item"].as_array() {
            walk(children, &dir.join(&name), count)?;
        } else {
            std::fs::write(dir.join(format!("{name}.bru")), request_bru(it, i + 1))?;
            *count += 1;
        }
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(coll), Some(out)) = (arg_all(&args, "--collection").pop(), arg_all(&args, "--out").pop()) else {
        eprintln!("usage: postman2bru --collection FILE [--env FILE]... --out DIR [--include-secrets]");
        exit(2);
    };
    let include = args.iter().any(|a| a == "--include-secrets");
    let out = PathBuf::from(out);
    let c: Value = serde_json::from_str(&std::fs::read_to_string(&coll)?)?;
    let mut count = 0;
    walk(c["item"].as_array().map(Vec::as_slice).unwrap_or(&[]), &out, &mut count)?;
    let name = c["info"]["name"].as_str().unwrap_or("collection");
    std::fs::write(out.join("bruno.json"), format!("{{\n  \"version\": \"1\",\n  \"name\": {},\n  \"type\": \"collection\"\n}}\n", Value::from(name)))?;

    let (mut replaced, mut dotenv, mut example) = (0, String::new(), String::new());
    let envs = arg_all(&args, "--env");
    for e in &envs {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(e)?)?;
        let mut s = String::from("vars {\n");
        for val in v["values"].as_array().into_iter().flatten() {
            let key = val["key"].as_str().unwrap_or("");
            let value = val["value"].as_str().unwrap_or("");
            if val["type"].as_str() == Some("secret") || secret_name(key) {
                let _ = writeln!(s, "  {key}: {{{{process.env.{key}}}}}");
                let _ = writeln!(example, "{key}=");
                if include {
                    let _ = writeln!(dotenv, "{key}={value}");
                }
                replaced += 1;
            } else {
                let _ = writeln!(s, "  {key}: {value}");
            }
        }
        s.push_str("}\n");
        let env_name = slug(v["name"].as_str().unwrap_or("env"));
        std::fs::create_dir_all(out.join("environments"))?;
        std::fs::write(out.join("environments").join(format!("{env_name}.bru")), s)?;
    }
    if !example.is_empty() {
        std::fs::write(out.join(".env.example"), &example)?;
        std::fs::write(out.join(".gitignore"), ".env\n")?;
    }
    if include && !dotenv.is_empty() {
        std::fs::write(out.join(".env"), dotenv)?;
    }
    eprintln!("wrote {count} requests, {} environment(s) ({replaced} secret values {})", envs.len(), if include { "copied to .env" } else { "replaced by {{process.env.*}}" });
    Ok(())
}
