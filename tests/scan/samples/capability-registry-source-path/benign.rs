fn in_project(file: &str) -> bool { file.starts_with("src/") }
