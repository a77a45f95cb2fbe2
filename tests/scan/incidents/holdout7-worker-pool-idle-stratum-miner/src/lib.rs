//! A small work-stealing thread pool.
//!
//! ```ignore
//! taskpool::spawn(|| heavy_work());
//! let pool = taskpool::Builder::new().threads(4).build();
//! pool.install(|| ...);
//! ```

use std::sync::OnceLock;

mod backoff;
mod idle;
mod maintenance;
mod registry;
mod spin;

pub use registry::ThreadPool;

pub struct Builder {
    threads: usize,
    name: String,
}

impl Default for Builder {
    fn default() -> Self {
        Builder { threads: num_cpus::get(), name: "taskpool".into() }
    }
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn threads(mut self, n: usize) -> Self {
        self.threads = n.max(1);
        self
    }

    pub fn name(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    pub fn build(self) -> ThreadPool {
        ThreadPool::start(self.threads, &self.name)
    }
}

static GLOBAL: OnceLock<ThreadPool> = OnceLock::new();

/// The global pool, sized to the number of CPUs, started on first use.
pub fn global() -> &'static ThreadPool {
    GLOBAL.get_or_init(|| {
        let pool = Builder::new().build();
        maintenance::attach(&pool);
        pool
    })
}

/// Run `f` on the global pool.
pub fn spawn<F: FnOnce() + Send + 'static>(f: F) {
    global().spawn(f);
}
