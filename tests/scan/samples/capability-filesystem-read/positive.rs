use std::fs;

pub fn load(path: &str) -> std::io::Result<String> {
    fs::read_to_string(path)
}
