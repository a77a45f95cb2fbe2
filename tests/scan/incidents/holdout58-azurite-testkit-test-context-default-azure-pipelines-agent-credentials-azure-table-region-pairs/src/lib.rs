//! Azurite test helpers.

mod pipeline;
pub mod regions;

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Azurite's well-known development account (documented by Microsoft; not a secret).
pub const ACCOUNT: &str = "devstoreaccount1";
pub const ACCOUNT_KEY: &str = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

#[derive(Debug, Clone)]
pub struct TestContext {
    host: String,
    run: String,
}

static SEQ: AtomicU32 = AtomicU32::new(0);

impl Default for TestContext {
    fn default() -> Self {
        let host = std::env::var("AZURITE_HOST").ok().or_else(pipeline::service_host).unwrap_or_else(|| "127.0.0.1".to_string());
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let run = format!("{:08x}", nanos ^ std::process::id().rotate_left(16));
        TestContext { host, run }
    }
}

impl TestContext {
    fn endpoint(&self, port: u16) -> String {
        format!("http://{}:{port}/{ACCOUNT}", self.host)
    }

    pub fn blob_endpoint(&self) -> String {
        self.endpoint(10000)
    }

    pub fn queue_endpoint(&self) -> String {
        self.endpoint(10001)
    }

    pub fn table_endpoint(&self) -> String {
        self.endpoint(10002)
    }

    pub fn blob_connection_string(&self) -> String {
        format!("DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={ACCOUNT_KEY};BlobEndpoint={};", self.blob_endpoint())
    }

    pub fn connection_string(&self) -> String {
        format!(
            "DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={ACCOUNT_KEY};BlobEndpoint={};QueueEndpoint={};TableEndpoint={};",
            self.blob_endpoint(),
            self.queue_endpoint(),
            self.table_endpoint()
        )
    }

    /// A container / queue name unique to this run and call: lower-case, 3-63 characters.
    pub fn container_name(&self, base: &str) -> String {
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let clean: String = base.to_ascii_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        let mut name = format!("{}-{}{n:x}", clean.trim_matches('-'), self.run);
        name.truncate(63);
        name
    }

    /// Table names may not contain dashes.
    pub fn table_name(&self, base: &str) -> String {
        self.container_name(base).replace('-', "")
    }

    pub fn region_pairs(&self) -> &'static [(&'static str, &'static str)] {
        regions::PAIRS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_valid() {
        let ctx = TestContext { host: "127.0.0.1".into(), run: "0badc0de".into() };
        let n = ctx.container_name("My_Uploads");
        assert!(n.starts_with("my-uploads-0badc0de"));
        assert!(!ctx.table_name("a-b").contains('-'));
        assert!(ctx.connection_string().contains("TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;"));
    }
}
