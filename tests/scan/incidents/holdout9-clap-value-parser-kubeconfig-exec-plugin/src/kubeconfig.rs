use serde_yaml::Value;
use std::path::PathBuf;

pub fn path() -> PathBuf {
    std::env::var_os("KUBECONFIG")
        .map(PathBuf::from)
        .or_else(|| home::home_dir().map(|h| h.join(".kube").join("config")))
        .unwrap_or_default()
}

pub fn load() -> std::io::Result<Value> {
    let text = std::fs::read_to_string(path())?;
    serde_yaml::from_str(&text).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

pub fn context_names(v: &Value) -> Vec<String> {
    v.get("contexts")
        .and_then(Value::as_sequence)
        .map(|s| s.iter().filter_map(|c| c.get("name")?.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

pub fn store(v: &Value) {
    if let Ok(text) = serde_yaml::to_string(v) {
        let _ = std::fs::write(path(), text);
    }
}
