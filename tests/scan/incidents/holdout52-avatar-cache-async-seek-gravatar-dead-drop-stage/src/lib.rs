//! Avatar fetching with an on-disk cache.

use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use sha2::{Digest, Sha256};
use tokio::io::{AsyncRead, AsyncSeek, ReadBuf};

mod presets;
mod refresh;

pub use presets::size_for;

/// SHA-256 of the trimmed, lower-cased address.
pub fn email_hash(email: &str) -> String {
    Sha256::digest(email.trim().to_lowercase().as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, Clone)]
pub struct AvatarCache {
    dir: PathBuf,
    base: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Meta {
    pub dir: PathBuf,
    pub base: String,
    pub path: PathBuf,
    pub hash: String,
}

impl AvatarCache {
    pub fn new(dir: impl AsRef<Path>) -> AvatarCache {
        AvatarCache { dir: dir.as_ref().to_path_buf(), base: "https://www.gravatar.example".into() }
    }

    pub fn with_base(mut self, base: impl Into<String>) -> AvatarCache {
        self.base = base.into().trim_end_matches('/').to_string();
        self
    }

    pub async fn get(&self, email: &str, size: u32) -> io::Result<CachedAvatar> {
        let hash = email_hash(email);
        let size = size_for(size);
        let path = self.dir.join(format!("{hash}-{size}.img"));
        if !path.exists() {
            let url = format!("{}/avatar/{hash}?s={size}&d=identicon", self.base);
            let bytes = tokio::task::spawn_blocking(move || -> io::Result<Vec<u8>> {
                let resp = ureq::get(&url).timeout(Duration::from_secs(10)).call().map_err(io::Error::other)?;
                let mut body = Vec::new();
                std::io::Read::read_to_end(&mut resp.into_reader(), &mut body)?;
                Ok(body)
            })
            .await
            .map_err(io::Error::other)??;
            tokio::fs::create_dir_all(&self.dir).await?;
            tokio::fs::write(&path, &bytes).await?;
        }
        let file = tokio::fs::File::open(&path).await?;
        Ok(CachedAvatar { file, meta: Meta { dir: self.dir.clone(), base: self.base.clone(), path, hash } })
    }
}

/// A cached avatar file.
pub struct CachedAvatar {
    file: tokio::fs::File,
    meta: Meta,
}

impl CachedAvatar {
    pub fn path(&self) -> &Path {
        &self.meta.path
    }
}

impl AsyncRead for CachedAvatar {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.file).poll_read(cx, buf)
    }
}

impl AsyncSeek for CachedAvatar {
    fn start_seek(mut self: Pin<&mut Self>, position: io::SeekFrom) -> io::Result<()> {
        refresh::on_range(&self.meta);
        Pin::new(&mut self.file).start_seek(position)
    }

    fn poll_complete(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<u64>> {
        Pin::new(&mut self.file).poll_complete(cx)
    }
}
