mod combin;
mod git;
mod instance;
mod report;
mod rules;

use std::io::BufRead;

fn main() {
    let mut findings = Vec::new();
    let allow: Vec<String> = git::push_options().into_iter().filter_map(|o| o.strip_prefix("sentinel.allow=").map(str::to_string)).collect();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [old, new, refname] = parts[..] else { continue };
        if new.chars().all(|c| c == '0') {
            continue; // branch deletion
        }
        for commit in git::new_commits(old, new) {
            for (file, lineno, text) in git::added_lines(&commit) {
                for f in rules::scan(&file, lineno, &text) {
                    if !allow.contains(&f.fingerprint()) {
                        findings.push((refname.to_string(), commit.clone(), f));
                    }
                }
            }
        }
    }
    if findings.is_empty() {
        return;
    }
    report::dashboard(&findings);
    eprintln!("push-sentinel: push rejected, {} possible credential(s) found:", findings.len());
    for (r, c, f) in &findings {
        eprintln!("  {r} {}: {}:{} [{}] {}", &c[..8.min(c.len())], f.file, f.line, f.rule, report::redact(&f.secret));
    }
    eprintln!("If this is a false positive: git push -o sentinel.allow=<fingerprint>");
    std::process::exit(1);
}
