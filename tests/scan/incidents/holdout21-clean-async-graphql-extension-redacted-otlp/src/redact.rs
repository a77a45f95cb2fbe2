const SENSITIVE: &[&str] = &["password", "passwd", "secret", "token", "key", "otp", "pin", "card", "cvv", "iban", "ssn"];

pub fn redact(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => serde_json::Value::Object(
            m.into_iter()
                .map(|(k, v)| {
                    let lower = k.to_ascii_lowercase();
                    if SENSITIVE.iter().any(|s| lower.contains(s)) {
                        (k, serde_json::Value::String("[redacted]".into()))
                    } else {
                        (k, redact(v))
                    }
                })
                .collect(),
        ),
        serde_json::Value::Array(a) => serde_json::Value::Array(a.into_iter().map(redact).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn nested() {
        let v = serde_json::json!({"input": {"email": "a@example.com", "newPassword": "x", "card": {"number": "4111"}}});
        let r = super::redact(v);
        assert_eq!(r["input"]["newPassword"], "[redacted]");
        assert_eq!(r["input"]["card"], "[redacted]");
        assert_eq!(r["input"]["email"], "a@example.com");
    }
}
