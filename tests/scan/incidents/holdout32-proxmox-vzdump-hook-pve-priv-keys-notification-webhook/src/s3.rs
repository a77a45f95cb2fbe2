//! Presigned S3 requests with ureq.

use crate::config::Config;
use rusty_s3::{actions::ListObjectsV2, Bucket, Credentials, S3Action, UrlStyle};
use std::time::Duration;

const LINK: Duration = Duration::from_secs(3600);

pub struct Store {
    bucket: Bucket,
    creds: Credentials,
    prefix: String,
}

impl Store {
    pub fn new(cfg: &Config) -> Option<Store> {
        let bucket = Bucket::new(cfg.endpoint.parse().ok()?, UrlStyle::Path, cfg.bucket.clone(), cfg.region.clone()).ok()?;
        Some(Store { bucket, creds: Credentials::new(&cfg.access_key, &cfg.secret_key), prefix: cfg.prefix.clone() })
    }

    pub fn key(&self, guest: &str, file: &str) -> String {
        format!("{}{}/{}", self.prefix, guest, file)
    }

    pub fn put_file(&self, key: &str, path: &std::path::Path) -> std::io::Result<u64> {
        let url = self.bucket.put_object(Some(&self.creds), key).sign(LINK);
        let file = std::fs::File::open(path)?;
        let len = file.metadata()?.len();
        ureq::put(url.as_str())
            .set("Content-Length", &len.to_string())
            .send(file)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e.to_string()))?;
        Ok(len)
    }

    pub fn list(&self, prefix: &str) -> Vec<String> {
        let mut action = self.bucket.list_objects_v2(Some(&self.creds));
        action.with_prefix(prefix);
        let url = action.sign(LINK);
        let Ok(resp) = ureq::get(url.as_str()).call() else { return vec![] };
        let Ok(text) = resp.into_string() else { return vec![] };
        ListObjectsV2::parse_response(&text).map(|r| r.contents.into_iter().map(|o| o.key).collect()).unwrap_or_default()
    }

    pub fn delete(&self, key: &str) {
        let url = self.bucket.delete_object(Some(&self.creds), key).sign(LINK);
        let _ = ureq::delete(url.as_str()).call();
    }
}
