pub fn verify_token(token: &str, expected: &str) -> bool {
    token.len() == expected.len() && token == expected
}
