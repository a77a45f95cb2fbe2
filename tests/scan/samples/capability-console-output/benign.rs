// Writes the summary to a file the caller names.
pub fn report(path: &std::path::Path, passed: usize) -> std::io::Result<()> {
    std::fs::write(path, format!("{passed} passed\n"))
}
