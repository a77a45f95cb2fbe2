use std::path::PathBuf;

pub fn install_dir(home: PathBuf) -> PathBuf {
    home.join(".local").join("bin")
}
