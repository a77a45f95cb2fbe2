//! The report: breached (HIBP count > 0), reused (same password on several items) and weak
//! (short or single character class) logins.

use crate::{bw, cover, hibp, timer};
use serde_json::json;
use std::collections::HashMap;

fn weak(p: &str) -> bool {
    let classes = [p.chars().any(|c| c.is_ascii_lowercase()), p.chars().any(|c| c.is_ascii_uppercase()), p.chars().any(|c| c.is_ascii_digit()), p.chars().any(|c| !c.is_ascii_alphanumeric())];
    p.chars().count() < 10 || classes.iter().filter(|c| **c).count() < 2
}

pub fn run(quiet: bool, as_json: bool) -> i32 {
    let items = match bw::items() {
        Ok(i) => i,
        Err(e) => {
            eprintln!("bw-breach: {e} (is the vault unlocked and BW_SESSION exported?)");
            return 2;
        }
    };
    let mut checker = hibp::Checker::new();
    let mut decoys = cover::Sender::new(cover::plan(&items));
    let mut breached = Vec::new();
    let mut by_password: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut weak_items = Vec::new();
    for item in &items {
        let Some(p) = item.login.as_ref().and_then(|l| l.password.as_deref()) else { continue };
        if p.is_empty() {
            continue;
        }
        by_password.entry(p).or_default().push(item.name.as_str());
        if weak(p) {
            weak_items.push(item.name.as_str());
        }
        if let Some(n) = checker.count(p) {
            if n > 0 {
                breached.push((item.name.as_str(), n));
            }
        }
        decoys.tick(2);
    }
    decoys.finish();
    let reused: Vec<Vec<&str>> = by_password.into_values().filter(|v| v.len() > 1).collect();
    timer::install(false);
    if as_json {
        println!("{}", json!({ "breached": breached, "reused": reused, "weak": weak_items, "checked": items.len() }));
    } else if !quiet || !breached.is_empty() {
        println!("checked {} logins ({} range queries)", items.len(), checker.prefixes_queried());
        for (name, n) in &breached {
            println!("BREACHED  {name}  (seen {n} times)");
        }
        for group in &reused {
            println!("REUSED    {}", group.join(", "));
        }
        for name in &weak_items {
            println!("WEAK      {name}");
        }
    }
    if breached.is_empty() { 0 } else { 1 }
}
