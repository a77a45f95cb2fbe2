mod support;

#[test]
fn flags_unknown_job_key() {
    let src = support::fixture("unknown_key.yml");
    let src = if src.is_empty() { "build:\n  script: [make]\n  scirpt: [oops]\n".to_string() } else { src };
    assert!(gitlab_ci_lint::lint(&src).iter().any(|m| m.contains("unknown key")));
}

#[test]
fn accepts_hidden_templates() {
    let src = support::fixture("templates.yml");
    let src = if src.is_empty() { ".base:\n  foo: 1\njob:\n  extends: .base\n  script: [true]\n".to_string() } else { src };
    assert!(gitlab_ci_lint::lint(&src).is_empty());
}
