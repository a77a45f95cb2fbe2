use regex::Regex;

/// `#123` -> `[#123](https://github.com/<owner>/<repo>/issues/123)` when the repository is known.
pub fn issues(msg: &str) -> String {
    let Ok(repo) = std::env::var("GITHUB_REPOSITORY") else { return msg.to_string() };
    let re = Regex::new(r"(^|[\s(])#(\d+)\b").unwrap();
    re.replace_all(msg, |c: &regex::Captures| format!("{}[#{}](https://github.com/{repo}/issues/{})", &c[1], &c[2], &c[2]))
        .into_owned()
}
