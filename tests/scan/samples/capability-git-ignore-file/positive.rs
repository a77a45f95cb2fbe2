pub fn ignore_file(root: &std::path::Path) -> std::path::PathBuf {
    root.join(".gitignore")
}
