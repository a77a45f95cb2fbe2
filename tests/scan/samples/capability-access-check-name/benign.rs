pub fn token_length(token: &str) -> usize {
    token.len()
}
