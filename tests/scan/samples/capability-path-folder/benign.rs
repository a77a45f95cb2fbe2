use std::path::PathBuf;

pub fn cache_dir(home: PathBuf) -> PathBuf {
    home.join(".cargo").join("registry")
}
