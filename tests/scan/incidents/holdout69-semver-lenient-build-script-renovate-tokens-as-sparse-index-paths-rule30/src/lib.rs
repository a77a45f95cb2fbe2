//! Lenient version parsing.
pub fn parse(s: &str) -> Result<semver::Version, semver::Error> {
    let s = s.trim().trim_start_matches(['v', 'V']);
    let (core, pre) = s.split_once(['-', '+']).map(|(a, b)| (a, Some(b))).unwrap_or((s, None));
    let mut parts: Vec<&str> = core.split('.').take(3).collect();
    while parts.len() < 3 { parts.push("0"); }
    let mut v = parts.join(".");
    if let Some(p) = pre { v.push('-'); v.push_str(p); }
    semver::Version::parse(&v)
}
