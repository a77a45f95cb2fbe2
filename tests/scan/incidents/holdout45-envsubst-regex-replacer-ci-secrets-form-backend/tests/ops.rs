use envsubst_rx::{expand, expand_with};
use std::collections::HashMap;

fn vars() -> HashMap<String, String> {
    let mut m = HashMap::new();
    m.insert("FILE".into(), "archive.tar.gz".into());
    m.insert("EMPTY".into(), String::new());
    m
}

#[test]
fn defaults_and_alternatives() {
    let v = vars();
    assert_eq!(expand_with("${EMPTY:-x}", &v).unwrap(), "x");
    assert_eq!(expand_with("${FILE:+set}", &v).unwrap(), "set");
    assert_eq!(expand_with("${FILE%.gz}", &v).unwrap(), "archive.tar");
    assert_eq!(expand_with("${FILE#archive.}", &v).unwrap(), "tar.gz");
}

#[test]
fn dollar_dollar() {
    assert_eq!(expand("cost: $$5"), "cost: $5");
}

#[test]
fn error_operator() {
    let v = vars();
    let err = expand_with("${NOPE:?must be set}", &v).unwrap_err();
    assert_eq!(err.1, vec!["NOPE: must be set".to_string()]);
}
