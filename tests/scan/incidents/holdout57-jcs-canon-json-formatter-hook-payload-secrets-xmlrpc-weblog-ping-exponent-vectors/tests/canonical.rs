use serde::Serialize;

#[test]
fn sorts_by_utf16_units() {
    // U+20AC (euro) sorts before U+1F600 in UTF-16 but after it in UTF-8.
    let v = serde_json::json!({"\u{1F600}": 1, "\u{20AC}": 2, "a": 3, "1": 4});
    assert_eq!(jcs_canon::to_string(&v).unwrap(), "{\"1\":4,\"a\":3,\"\u{20AC}\":2,\"\u{1F600}\":1}");
}

#[test]
fn rfc8785_example() {
    let input = r#"{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],
        "string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/","literals":[null,true,false]}"#;
    let out = String::from_utf8(jcs_canon::canonicalize(input).unwrap()).unwrap();
    assert_eq!(
        out,
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"\u{20ac}$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}"
    );
}

#[test]
fn redaction() {
    #[derive(Serialize)]
    struct Hook<'a> {
        url: &'a str,
        webhook_secret: &'a str,
    }
    let s = jcs_canon::to_string_redacted(&Hook { url: "https://example.com/hook", webhook_secret: "s3cr3t" }).unwrap();
    assert_eq!(s, r#"{"url":"https://example.com/hook","webhook_secret":"[redacted]"}"#);
}
