fn in_dependency(file: &str) -> bool { file.contains("/.cargo/registry/src/") }
