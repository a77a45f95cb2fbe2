pub fn project_root(start: &std::path::Path) -> Option<&std::path::Path> {
    start.ancestors().find(|dir| dir.join("Cargo.lock").is_file())
}
