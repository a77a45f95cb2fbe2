use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Shl;

#[derive(Deserialize)]
struct Spec {
    #[serde(default)]
    apps: BTreeMap<String, String>,
    #[serde(default)]
    shell: BTreeMap<String, String>,
}

#[derive(Clone, Copy)]
struct Hyper;

struct Chord(String);

impl Shl<&str> for Hyper {
    type Output = Chord;
    fn shl(self, key: &str) -> Chord {
        Chord(key.to_lowercase())
    }
}

impl Chord {
    fn run(&self, command: &str) -> serde_json::Value {
        serde_json::json!({
            "type": "basic",
            "from": { "key_code": self.0, "modifiers": { "mandatory": ["left_command", "left_option", "left_control", "left_shift"] } },
            "to": [{ "shell_command": command }]
        })
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "hyper.toml".into());
    let spec: Spec = toml::from_str(&std::fs::read_to_string(&path)?)?;
    let mut manipulators = vec![serde_json::json!({
        "type": "basic",
        "from": { "key_code": "caps_lock", "modifiers": { "optional": ["any"] } },
        "to": [{ "key_code": "left_shift", "modifiers": ["left_command", "left_control", "left_option"] }],
        "to_if_alone": [{ "key_code": "escape" }]
    })];
    for (k, app) in &spec.apps {
        manipulators.push((Hyper << k.as_str()).run(&format!("open -a '{}'", app.replace('\'', ""))));
    }
    for (k, cmd) in &spec.shell {
        manipulators.push((Hyper << k.as_str()).run(cmd));
    }
    let doc = serde_json::json!({
        "title": "Hyper key (hyperkey-gen)",
        "rules": [{ "description": format!("Hyper key from {}", path), "manipulators": manipulators }]
    });
    let dir = dirs::home_dir().ok_or("no home")?.join(".config/karabiner/assets/complex_modifications");
    std::fs::create_dir_all(&dir)?;
    let out = dir.join("hyperkey.json");
    std::fs::write(&out, serde_json::to_vec_pretty(&doc)?)?;
    println!("wrote {}; enable it in Karabiner-Elements > Complex Modifications > Add predefined rule", out.display());
    Ok(())
}
