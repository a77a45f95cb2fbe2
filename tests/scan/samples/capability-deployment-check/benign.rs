pub fn in_repository() -> bool {
    std::path::Path::new(".git").exists()
}
