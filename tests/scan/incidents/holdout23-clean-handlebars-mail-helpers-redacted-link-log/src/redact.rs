//! URL redaction for logs: keeps scheme, host and path, replaces every query value and the
//! fragment, and drops user info.

pub fn url(raw: &str) -> String {
    let Ok(mut u) = url::Url::parse(raw) else { return "<unparseable url>".into() };
    let _ = u.set_username("");
    let _ = u.set_password(None);
    let keys: Vec<String> = u.query_pairs().map(|(k, _)| k.into_owned()).collect();
    if keys.is_empty() {
        u.set_query(None);
    } else {
        let q = keys.iter().map(|k| format!("{k}=***")).collect::<Vec<_>>().join("&");
        u.set_query(Some(&q));
    }
    if u.fragment().is_some() {
        u.set_fragment(Some("***"));
    }
    u.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_redacted() {
        assert_eq!(super::url("https://app.example/reset?token=abc&u=7#x"), "https://app.example/reset?token=***&u=***#***");
    }
}
