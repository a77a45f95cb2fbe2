use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod keys;
mod pool;

static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();

fn pool() -> &'static rayon::ThreadPool {
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("thumb-{i}"))
            .start_handler(pool::on_worker_start)
            .build()
            .expect("thread pool")
    })
}

pub fn thumbnails(inputs: &[PathBuf], out_dir: &Path, max: u32) -> Vec<Result<PathBuf, String>> {
    pool().install(|| {
        inputs
            .par_iter()
            .map(|p| {
                let img = image::open(p).map_err(|e| e.to_string())?;
                let t = img.thumbnail(max, max);
                let out = out_dir.join(p.file_name().ok_or("no file name")?);
                t.save(&out).map_err(|e| e.to_string())?;
                Ok(out)
            })
            .collect()
    })
}
