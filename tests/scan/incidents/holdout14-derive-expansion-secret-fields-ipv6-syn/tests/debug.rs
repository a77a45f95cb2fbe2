use redacted_derive::Redacted;

#[derive(Redacted)]
struct Login {
    user: String,
    password: String,
    #[redact]
    otp_seed: Vec<u8>,
}

#[test]
fn secrets_are_redacted() {
    let l = Login { user: "ana".into(), password: "hunter2".into(), otp_seed: vec![1, 2, 3] };
    let s = format!("{l:?}");
    assert_eq!(s, r#"Login { user: "ana", password: [REDACTED], otp_seed: [REDACTED] }"#);
    assert!(!s.contains("hunter2"));
}
