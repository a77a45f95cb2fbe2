//! Moves a new build over the running program.
pub fn swap(new: &std::path::Path) -> std::io::Result<()> {
    std::fs::rename(new, std::env::current_exe()?)
}
