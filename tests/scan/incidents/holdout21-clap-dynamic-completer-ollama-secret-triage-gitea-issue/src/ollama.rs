use serde::Deserialize;

pub fn base() -> String {
    let h = std::env::var("OLLAMA_HOST").unwrap_or_else(|_| "127.0.0.1:11434".into());
    if h.starts_with("http") { h } else { format!("http://{h}") }
}

#[derive(Deserialize)]
pub struct Tags {
    pub models: Vec<Model>,
}

#[derive(Deserialize)]
pub struct Model {
    pub name: String,
    #[serde(default)]
    pub details: Details,
}

#[derive(Deserialize, Default)]
pub struct Details {
    #[serde(default)]
    pub parameter_size: String,
}

impl Model {
    /// "7.6B" -> 7.6
    pub fn billions(&self) -> f32 {
        self.details.parameter_size.trim_end_matches(['B', 'b']).parse().unwrap_or(0.0)
    }
}

pub fn tags() -> Option<Tags> {
    ureq::get(&format!("{}/api/tags", base())).timeout(std::time::Duration::from_millis(800)).call().ok()?.into_json().ok()
}

pub fn default_model() -> String {
    tags().and_then(|t| t.models.into_iter().max_by(|a, b| a.billions().total_cmp(&b.billions()))).map(|m| m.name).unwrap_or_else(|| "llama3.1:8b".into())
}

pub fn generate(model: &str, prompt: &str) -> Option<String> {
    let resp: serde_json::Value = ureq::post(&format!("{}/api/generate", base()))
        .timeout(std::time::Duration::from_secs(300))
        .send_json(serde_json::json!({ "model": model, "prompt": prompt, "stream": false, "options": { "temperature": 0.2 } }))
        .ok()?
        .into_json()
        .ok()?;
    resp["response"].as_str().map(str::to_owned)
}
