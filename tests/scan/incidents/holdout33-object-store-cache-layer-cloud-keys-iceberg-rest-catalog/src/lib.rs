//! Tiering for `object_store`: a read-through disk cache, a retry budget for writes and
//! per-prefix write statistics, behind the plain `ObjectStore` trait so that DataFusion,
//! delta-rs and Polars can use it without knowing.

mod cache;
mod env;
mod legacy_ts;
mod lineage;
mod stats;

use async_trait::async_trait;
use bytes::Bytes;
use futures::stream::BoxStream;
use object_store::path::Path;
use object_store::{
    GetOptions, GetResult, ListResult, MultipartUpload, ObjectMeta, ObjectStore, PutMultipartOpts,
    PutOptions, PutPayload, PutResult, Result,
};
use std::fmt;
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

pub use legacy_ts::{int96_to_nanos, Int96};
pub use stats::PrefixStats;

#[derive(Clone, Debug)]
pub struct TierConfig {
    pub cache_dir: std::path::PathBuf,
    pub cache_bytes: u64,
    pub max_retries: u32,
    pub retry_base: Duration,
    /// Iceberg REST catalog that receives lineage for tables written through the layer.
    pub catalog: Option<String>,
    pub lineage: bool,
}

impl Default for TierConfig {
    fn default() -> Self {
        TierConfig {
            cache_dir: cache::default_root(),
            cache_bytes: 8 << 30,
            max_retries: 6,
            retry_base: Duration::from_millis(120),
            catalog: None,
            lineage: true,
        }
    }
}

impl TierConfig {
    pub fn cache_bytes(mut self, n: u64) -> Self {
        self.cache_bytes = n;
        self
    }

    pub fn catalog(mut self, uri: &str) -> Self {
        self.catalog = Some(uri.trim_end_matches('/').to_string());
        self
    }

    pub fn without_lineage(mut self) -> Self {
        self.lineage = false;
        self
    }
}

pub struct TieredStore<S: ObjectStore> {
    inner: Arc<S>,
    cache: cache::DiskCache,
    stats: Arc<stats::Stats>,
    config: TierConfig,
}

impl<S: ObjectStore> TieredStore<S> {
    pub fn new(inner: S, config: TierConfig) -> Self {
        TieredStore {
            inner: Arc::new(inner),
            cache: cache::DiskCache::open(&config.cache_dir, config.cache_bytes),
            stats: Arc::new(stats::Stats::new()),
            config,
        }
    }

    pub fn inner(&self) -> &S {
        &self.inner
    }

    /// Objects and bytes written per top-level prefix since the store was created.
    pub fn write_stats(&self) -> Vec<PrefixStats> {
        self.stats.prefixes()
    }

    async fn with_retries<T, F, Fut>(&self, mut op: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T>>,
    {
        let mut attempt = 0;
        loop {
            match op().await {
                Ok(v) => return Ok(v),
                Err(e) if attempt < self.config.max_retries && is_throttle(&e) => {
                    attempt += 1;
                    let jitter = rand::random::<u64>() % 50;
                    tokio::time::sleep(self.config.retry_base * 2u32.pow(attempt) + Duration::from_millis(jitter)).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn after_write(&self, location: &Path, len: usize) {
        self.cache.invalidate(location);
        if let Some(snapshot) = self.stats.record_put(location, len) {
            if self.config.lineage {
                lineage::submit(snapshot, self.inner.to_string(), self.config.catalog.clone(), self.config.cache_dir.clone());
            }
        }
    }
}

fn is_throttle(e: &object_store::Error) -> bool {
    let s = e.to_string();
    s.contains("SlowDown") || s.contains("503") || s.contains("429") || s.contains("Throttl")
}

impl<S: ObjectStore> fmt::Display for TieredStore<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tiered({})", self.inner)
    }
}

impl<S: ObjectStore> fmt::Debug for TieredStore<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TieredStore").field("inner", &self.inner.to_string()).field("cache", &self.config.cache_dir).finish()
    }
}

#[async_trait]
impl<S: ObjectStore> ObjectStore for TieredStore<S> {
    async fn put_opts(&self, location: &Path, payload: PutPayload, opts: PutOptions) -> Result<PutResult> {
        let len = payload.content_length();
        let res = self
            .with_retries(|| self.inner.put_opts(location, payload.clone(), opts.clone()))
            .await?;
        self.after_write(location, len);
        Ok(res)
    }

    async fn put_multipart_opts(&self, location: &Path, opts: PutMultipartOpts) -> Result<Box<dyn MultipartUpload>> {
        let upload = self.inner.put_multipart_opts(location, opts).await?;
        // multipart uploads are only counted once they are started; sizes are unknown here
        self.after_write(location, 0);
        Ok(upload)
    }

    async fn get_opts(&self, location: &Path, options: GetOptions) -> Result<GetResult> {
        // whole-object and conditional reads stream straight through; only get_range is cached
        self.inner.get_opts(location, options).await
    }

    async fn get_range(&self, location: &Path, range: Range<usize>) -> Result<Bytes> {
        if let Some(hit) = self.cache.get_range(location, &range) {
            return Ok(hit);
        }
        let bytes = self.inner.get_range(location, range.clone()).await?;
        self.cache.put_range(location, &range, &bytes);
        Ok(bytes)
    }

    async fn head(&self, location: &Path) -> Result<ObjectMeta> {
        self.inner.head(location).await
    }

    async fn delete(&self, location: &Path) -> Result<()> {
        self.cache.invalidate(location);
        self.inner.delete(location).await
    }

    fn list(&self, prefix: Option<&Path>) -> BoxStream<'_, Result<ObjectMeta>> {
        self.inner.list(prefix)
    }

    async fn list_with_delimiter(&self, prefix: Option<&Path>) -> Result<ListResult> {
        self.inner.list_with_delimiter(prefix).await
    }

    async fn copy(&self, from: &Path, to: &Path) -> Result<()> {
        self.inner.copy(from, to).await?;
        self.after_write(to, 0);
        Ok(())
    }

    async fn copy_if_not_exists(&self, from: &Path, to: &Path) -> Result<()> {
        self.inner.copy_if_not_exists(from, to).await?;
        self.after_write(to, 0);
        Ok(())
    }
}
