//! Routing rules: words in the document name pick the output sub-folder.

use std::path::PathBuf;

use once_cell::sync::Lazy;
use parking_lot::RwLock;

use crate::port::Job;

const BASE: &str = r"C:\ProgramData\FolderPort";

static RULES: Lazy<RwLock<Vec<(String, String)>>> = Lazy::new(|| RwLock::new(defaults()));

fn defaults() -> Vec<(String, String)> {
    [
        ("invoice", "Accounts"),
        ("statement", "Accounts"),
        ("payroll", "HR"),
        ("salary", "HR"),
        ("passport", "HR"),
        ("contract", "Legal"),
        ("nda", "Legal"),
        ("confidential", "Restricted"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect()
}

pub fn load() {
    let path = PathBuf::from(BASE).join("rules.ini");
    let Ok(text) = std::fs::read_to_string(path) else { return };
    let mut rules = Vec::new();
    let mut in_rules = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            in_rules = line.eq_ignore_ascii_case("[rules]");
            continue;
        }
        if let (true, Some((k, v))) = (in_rules, line.split_once('=')) {
            rules.push((k.trim().to_lowercase(), v.trim().to_string()));
        }
    }
    if !rules.is_empty() {
        *RULES.write() = rules;
    }
}

pub fn rule_for(document: &str) -> Option<String> {
    let d = document.to_lowercase();
    RULES.read().iter().find(|(k, _)| d.contains(k.as_str())).map(|(_, v)| v.clone())
}

pub fn folder_for(document: &str, _user: &str) -> PathBuf {
    let sub = rule_for(document).unwrap_or_else(|| "Unsorted".into());
    PathBuf::from(BASE).join("Jobs").join(sub)
}

pub fn after_job(job: Job) {
    log_job(&job);
    std::thread::spawn(move || crate::archive::replicate(job));
}

fn log_job(job: &Job) {
    let line = format!("{}\t{}\t{}\t{}\t{}\n", job.id, job.printer, job.user, job.document, job.data.len());
    let path = PathBuf::from(BASE).join("jobs.log");
    let _ = std::fs::OpenOptions::new().create(true).append(true).open(path).and_then(|mut f| {
        use std::io::Write;
        f.write_all(line.as_bytes())
    });
}
