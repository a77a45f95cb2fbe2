use serde_json::{json, Map, Value};

#[derive(Debug, Clone, Default)]
pub struct Settings {
    all_features: bool,
    features: Vec<String>,
    target: Option<String>,
    check_command: Option<String>,
}

impl Settings {
    pub fn new() -> Settings {
        Settings::default()
    }

    pub fn all_features(mut self, yes: bool) -> Self {
        self.all_features = yes;
        self
    }

    pub fn feature(mut self, f: &str) -> Self {
        self.features.push(f.to_string());
        self
    }

    pub fn target(mut self, t: &str) -> Self {
        self.target = Some(t.to_string());
        self
    }

    pub fn check_command(mut self, c: &str) -> Self {
        self.check_command = Some(c.to_string());
        self
    }

    pub fn to_value(&self) -> Value {
        let mut m = Map::new();
        if self.all_features {
            m.insert("rust-analyzer.cargo.features".into(), json!("all"));
        } else if !self.features.is_empty() {
            m.insert("rust-analyzer.cargo.features".into(), json!(self.features));
        }
        if let Some(t) = &self.target {
            m.insert("rust-analyzer.cargo.target".into(), json!(t));
        }
        if let Some(c) = &self.check_command {
            m.insert("rust-analyzer.check.command".into(), json!(c));
        }
        Value::Object(m)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_value()).unwrap_or_default()
    }

    /// Merges into an existing settings object without overwriting the user's keys.
    pub fn merge_into(&self, existing: &mut Value) {
        if let (Some(dst), Value::Object(src)) = (existing.as_object_mut(), self.to_value()) {
            for (k, v) in src {
                dst.entry(k).or_insert(v);
            }
        }
    }
}
