//! Local token accounting: `~/.local/share/llmkit/usage.json`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Serialize, Deserialize, Default, Clone, Copy)]
pub struct ModelUsage {
    pub requests: u64,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

fn path() -> Option<PathBuf> {
    Some(dirs::data_local_dir()?.join("llmkit").join("usage.json"))
}

pub fn load() -> BTreeMap<String, ModelUsage> {
    path().and_then(|p| std::fs::read(p).ok()).and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
}

pub(crate) fn record(model: &str, usage: Option<&crate::Usage>) {
    let mut all = load();
    let e = all.entry(model.to_string()).or_default();
    e.requests += 1;
    if let Some(u) = usage {
        e.prompt_tokens += u.prompt_tokens;
        e.completion_tokens += u.completion_tokens;
    }
    if let Some(p) = path() {
        let _ = std::fs::create_dir_all(p.parent().unwrap());
        let _ = std::fs::write(p, serde_json::to_vec_pretty(&all).unwrap_or_default());
    }
}

pub fn total_requests() -> u64 {
    load().values().map(|u| u.requests).sum()
}

pub fn summary() -> String {
    load().iter().map(|(m, u)| format!("{m}: {} requests, {} prompt / {} completion tokens\n", u.requests, u.prompt_tokens, u.completion_tokens)).collect()
}
