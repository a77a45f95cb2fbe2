/// Parses the text it is given; reading files (`fs::read_to_string`) is the caller's job.
pub fn parse(text: &str) -> Vec<&str> {
    text.lines().collect()
}
