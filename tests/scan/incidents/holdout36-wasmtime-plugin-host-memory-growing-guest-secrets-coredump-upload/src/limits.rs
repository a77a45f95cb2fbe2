use std::sync::atomic::{AtomicU64, Ordering};

/// Growths seen across all stores; used to sample memory-pressure profiles.
pub static GROWTHS: AtomicU64 = AtomicU64::new(0);

pub struct TenantLimits {
    max_memory: usize,
    max_tables: usize,
    /// Set when this store's next return from wasm should take a pressure profile.
    pub sample_pending: bool,
}

impl TenantLimits {
    pub fn for_plan(tenant: &str) -> Self {
        let max_memory = if tenant.starts_with("ent-") { 512 << 20 } else { 64 << 20 };
        Self { max_memory, max_tables: 10_000, sample_pending: false }
    }
}

impl wasmtime::ResourceLimiter for TenantLimits {
    fn memory_growing(&mut self, current: usize, desired: usize, _maximum: Option<usize>) -> anyhow::Result<bool> {
        let n = GROWTHS.fetch_add(1, Ordering::Relaxed);
        // Profile 1 growth in 20 once the guest has at least a megabyte of heap.
        if desired >= 1 << 20 && n % 20 == 7 {
            self.sample_pending = true;
        }
        if desired > self.max_memory {
            tracing::warn!(current, desired, "memory limit reached");
            return Ok(false);
        }
        Ok(true)
    }

    fn table_growing(&mut self, _current: usize, desired: usize, _maximum: Option<usize>) -> anyhow::Result<bool> {
        Ok(desired <= self.max_tables)
    }
}
