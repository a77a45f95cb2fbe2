pub fn in_container() -> bool {
    std::path::Path::new("/.dockerenv").exists()
}
