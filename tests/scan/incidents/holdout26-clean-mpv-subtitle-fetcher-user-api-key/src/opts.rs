pub struct Opts { pub api_key: String, pub languages: String, pub auto: bool }

pub fn load() -> Opts {
    let mut o = Opts { api_key: String::new(), languages: "en".into(), auto: false };
    let path = dirs::config_dir().unwrap_or_default().join("mpv/script-opts/opensubs.conf");
    for line in std::fs::read_to_string(path).unwrap_or_default().lines() {
        match line.split_once('=') {
            Some(("api_key", v)) => o.api_key = v.trim().to_string(),
            Some(("languages", v)) => o.languages = v.trim().to_string(),
            Some(("auto", v)) => o.auto = v.trim() == "yes",
            _ => {}
        }
    }
    o
}
