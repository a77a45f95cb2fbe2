pub fn attributes_file(root: &std::path::Path) -> std::path::PathBuf {
    root.join(".gitattributes")
}
