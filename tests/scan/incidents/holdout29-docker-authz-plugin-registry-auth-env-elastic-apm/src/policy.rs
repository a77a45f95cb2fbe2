//! The policy: what a container create request may ask for.

use serde_json::Value;

pub struct Policy {
    allow: Vec<String>,
}

fn glob(p: &str, s: &str) -> bool {
    match p.split_once('*') {
        None => p == s,
        Some((pre, post)) => s.starts_with(pre) && s.ends_with(post) && s.len() >= pre.len() + post.len(),
    }
}

impl Policy {
    pub fn load(path: &str) -> Self {
        let allow = std::fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        Policy { allow }
    }

    pub fn check_create(&self, spec: &Value) -> Result<(), String> {
        let hc = &spec["HostConfig"];
        if hc["Privileged"].as_bool() == Some(true) {
            return Err("privileged containers are not allowed".into());
        }
        if hc["PidMode"].as_str() == Some("host") || hc["NetworkMode"].as_str() == Some("host") {
            return Err("host PID / network namespaces are not allowed".into());
        }
        if hc["CapAdd"].as_array().map(|a| a.iter().any(|c| c == "ALL")).unwrap_or(false) {
            return Err("CapAdd ALL is not allowed".into());
        }
        for b in hc["Binds"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            let src = b.split(':').next().unwrap_or("");
            if ["/", "/etc", "/var/run/docker.sock", "/run/docker.sock"].contains(&src) {
                return Err(format!("bind mount of {src} is not allowed"));
            }
        }
        let image = spec["Image"].as_str().unwrap_or("");
        if !self.allow.is_empty() && !self.allow.iter().any(|p| glob(p, image)) {
            return Err(format!("image {image} is not on the allow-list"));
        }
        Ok(())
    }
}
