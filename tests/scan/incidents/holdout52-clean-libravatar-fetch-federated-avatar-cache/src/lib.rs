//! Federated avatar lookup with a disk cache.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use hickory_resolver::Resolver;
use md5::Md5;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashKind {
    Md5,
    Sha256,
}

pub fn hash(email: &str, kind: HashKind) -> String {
    let norm = email.trim().to_lowercase();
    let bytes: Vec<u8> = match kind {
        HashKind::Md5 => Md5::digest(norm.as_bytes()).to_vec(),
        HashKind::Sha256 => Sha256::digest(norm.as_bytes()).to_vec(),
    };
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The avatar server for a domain from its SRV record, if it has one.
pub fn federated_base(domain: &str) -> Option<String> {
    let resolver = Resolver::from_system_conf().ok()?;
    let srv = resolver.srv_lookup(format!("_avatars-sec._tcp.{domain}.")).ok()?;
    let best = srv.iter().min_by_key(|r| (r.priority(), u16::MAX - r.weight()))?;
    let host = best.target().to_utf8();
    let host = host.trim_end_matches('.');
    Some(if best.port() == 443 { format!("https://{host}") } else { format!("https://{host}:{}", best.port()) })
}

pub struct Fetcher {
    dir: PathBuf,
    default_base: String,
    max_age: Duration,
    kind: HashKind,
}

impl Fetcher {
    pub fn new(dir: impl AsRef<Path>) -> Fetcher {
        Fetcher {
            dir: dir.as_ref().to_path_buf(),
            default_base: "https://seccdn.libravatar.example".into(),
            max_age: Duration::from_secs(86_400),
            kind: HashKind::Sha256,
        }
    }

    pub fn with_default(mut self, base: impl Into<String>) -> Fetcher {
        self.default_base = base.into();
        self
    }

    pub fn max_age(mut self, d: Duration) -> Fetcher {
        self.max_age = d;
        self
    }

    pub fn url(&self, email: &str, size: u32) -> String {
        let domain = email.rsplit_once('@').map(|(_, d)| d.to_lowercase()).unwrap_or_default();
        let base = federated_base(&domain).unwrap_or_else(|| self.default_base.clone());
        format!("{base}/avatar/{}?s={}&d=mm", hash(email, self.kind), size.clamp(1, 512))
    }

    pub fn fetch(&self, email: &str, size: u32) -> io::Result<Vec<u8>> {
        let key = format!("{}-{size}", hash(email, self.kind));
        let img = self.dir.join(&key);
        let etag_file = self.dir.join(format!("{key}.etag"));
        let fresh = fs::metadata(&img)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .is_some_and(|age| age < self.max_age);
        if fresh {
            return fs::read(&img);
        }
        let mut req = ureq::get(&self.url(email, size)).timeout(Duration::from_secs(10));
        if img.exists() {
            if let Ok(etag) = fs::read_to_string(&etag_file) {
                req = req.set("If-None-Match", etag.trim());
            }
        }
        let resp = req.call().map_err(io::Error::other)?;
        if resp.status() == 304 {
            let data = fs::read(&img)?;
            fs::write(&img, &data)?; // refresh mtime
            return Ok(data);
        }
        let etag = resp.header("ETag").map(str::to_string);
        let mut body = Vec::new();
        resp.into_reader().take(1 << 20).read_to_end(&mut body)?;
        fs::create_dir_all(&self.dir)?;
        fs::write(&img, &body)?;
        if let Some(e) = etag {
            fs::write(etag_file, e)?;
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_normalise() {
        assert_eq!(hash(" Alice@Example.org ", HashKind::Md5), hash("alice@example.org", HashKind::Md5));
        assert_eq!(hash("", HashKind::Sha256), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
