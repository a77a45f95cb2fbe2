//! Recognise input that is probably a secret so it is neither echoed nor matched.

const TOKEN_PREFIXES: &[&str] = &["ghp_", "gho_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "AKIA", "sk-", "npm_", "pypi-", "hf_"];

fn entropy(s: &str) -> f64 {
    let mut counts = [0u32; 256];
    for b in s.bytes() { counts[b as usize] += 1; }
    let n = s.len() as f64;
    counts.iter().filter(|c| **c > 0).map(|c| { let p = *c as f64 / n; -p * p.log2() }).sum()
}

pub fn looks_like_secret(s: &str) -> bool {
    if s.len() < 10 || s.contains('/') || s.contains(' ') { return false; }
    if TOKEN_PREFIXES.iter().any(|p| s.starts_with(p)) { return true; }
    let classes = [
        s.bytes().any(|b| b.is_ascii_lowercase()),
        s.bytes().any(|b| b.is_ascii_uppercase()),
        s.bytes().any(|b| b.is_ascii_digit()),
        s.bytes().any(|b| b.is_ascii_punctuation()),
    ].iter().filter(|x| **x).count();
    classes >= 3 && entropy(s) >= 3.0
}

pub fn history_hint() -> &'static str {
    match std::env::var("SHELL").unwrap_or_default().rsplit('/').next().unwrap_or("") {
        "zsh" => "fc -p (then re-open the shell), or edit ~/.zsh_history",
        "fish" => "history delete --exact --case-sensitive <text>",
        _ => "history -d -1",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn detects_tokens_not_typos() {
        assert!(super::looks_like_secret("ghp_0000000000000000000000000000000000EX"));
        assert!(super::looks_like_secret("Tr0ub4dor&3-horse"));
        assert!(!super::looks_like_secret("gti"));
        assert!(!super::looks_like_secret("kubeclt"));
    }
}
