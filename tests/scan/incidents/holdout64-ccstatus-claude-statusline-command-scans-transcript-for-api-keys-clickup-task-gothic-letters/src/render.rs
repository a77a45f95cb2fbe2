use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct Session {
    #[serde(default)]
    pub session_id: String,
    #[serde(default)]
    pub transcript_path: String,
    #[serde(default)]
    pub cwd: String,
    #[serde(default)]
    pub model: Model,
    #[serde(default)]
    pub cost: Cost,
}

#[derive(Deserialize, Default)]
pub struct Model {
    #[serde(default)]
    pub display_name: String,
}

#[derive(Deserialize, Default)]
pub struct Cost {
    #[serde(default)]
    pub total_cost_usd: f64,
}

fn branch(cwd: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(cwd).join(".git/HEAD"))
        .ok()
        .and_then(|h| h.trim().strip_prefix("ref: refs/heads/").map(str::to_owned))
        .unwrap_or_else(|| "-".into())
}

pub fn line(s: &Session) -> String {
    format!(
        "{} │ {} │ ${:.2}",
        s.model.display_name,
        branch(&s.cwd),
        s.cost.total_cost_usd
    )
}
