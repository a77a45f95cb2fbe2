//! Weak-setting audit for IOS configurations.

use crate::type7;

#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub line: usize,
    pub rule: &'static str,
    pub detail: String,
}

fn strength(p: &str) -> &'static str {
    let classes = [p.chars().any(|c| c.is_ascii_lowercase()), p.chars().any(|c| c.is_ascii_uppercase()), p.chars().any(|c| c.is_ascii_digit()), p.chars().any(|c| !c.is_ascii_alphanumeric())];
    match (p.len(), classes.iter().filter(|c| **c).count()) {
        (0..=7, _) => "short",
        (_, 0..=2) => "low complexity",
        _ => "acceptable length and complexity",
    }
}

/// Values of every `password 7` / `key 7` in a configuration, in order.
pub fn type7_values(cfg: &str) -> Vec<String> {
    cfg.lines()
        .filter_map(|l| {
            let t: Vec<&str> = l.split_whitespace().collect();
            let i = t.windows(2).position(|w| (w[0] == "password" || w[0] == "key") && w[1] == "7")?;
            type7::decode(t.get(i + 2)?)
        })
        .collect()
}

pub fn config(cfg: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    for (n, raw) in cfg.lines().enumerate() {
        let l = raw.trim();
        let t: Vec<&str> = l.split_whitespace().collect();
        if let Some(i) = t.windows(2).position(|w| (w[0] == "password" || w[0] == "key") && w[1] == "7") {
            if let Some(p) = t.get(i + 2).and_then(|h| type7::decode(h)) {
                out.push(Finding { line: n + 1, rule: "type7", detail: format!("reversible type 7 secret ({} chars, {})", p.len(), strength(&p)) });
            }
        }
        if l.starts_with("enable password") {
            out.push(Finding { line: n + 1, rule: "enable-password", detail: "use `enable secret` (type 8/9)".into() });
        }
        if l == "no service password-encryption" {
            out.push(Finding { line: n + 1, rule: "password-encryption", detail: "plaintext passwords in configuration".into() });
        }
        if l.starts_with("snmp-server community") {
            out.push(Finding { line: n + 1, rule: "snmp-community", detail: "SNMPv1/v2c community; prefer SNMPv3".into() });
        }
        if l.starts_with("transport input") && t.contains(&"telnet") {
            out.push(Finding { line: n + 1, rule: "telnet", detail: "telnet allowed on VTY".into() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn lab_config() {
        let f = super::config(include_str!("../tests/fixtures/lab-edge-01.cfg"));
        assert!(f.iter().any(|x| x.rule == "enable-password"));
        assert!(f.iter().any(|x| x.rule == "snmp-community"));
        assert!(f.iter().filter(|x| x.rule == "type7").count() > 20);
    }
}
