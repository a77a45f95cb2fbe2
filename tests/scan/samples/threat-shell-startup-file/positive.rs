fn rc(home: &std::path::Path) -> std::path::PathBuf { home.join(".bashrc") }
