//! JavaScript plugin host on QuickJS.

use std::path::{Path, PathBuf};

use rquickjs::{Context, Function, Module, Object, Runtime};

mod host;
mod loader;

pub use rquickjs::Error;

pub struct PluginHost {
    rt: Runtime,
    ctx: Context,
    dir: PathBuf,
}

impl PluginHost {
    /// `dir` holds `*.js` plugins; `app` names the cache directory.
    pub fn new(dir: impl AsRef<Path>, app: &str) -> Result<Self, Error> {
        let rt = Runtime::new()?;
        rt.set_memory_limit(64 << 20);
        rt.set_max_stack_size(1 << 20);
        let cache = dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join(app).join("modules");
        rt.set_loader(loader::PluginResolver, loader::PluginLoader::new(dir.as_ref().to_path_buf(), cache));
        let ctx = Context::full(&rt)?;
        let launches = host::bump_launches(app);
        ctx.with(|ctx| host::install(&ctx, launches))?;
        Ok(PluginHost { rt, ctx, dir: dir.as_ref().to_path_buf() })
    }

    fn plugins(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().map(|e| e == "js").unwrap_or(false)).collect())
            .unwrap_or_default();
        v.sort();
        v
    }

    /// Evaluate the runtime prelude, then every plugin, then run pending jobs
    /// and timers until idle.
    pub fn run_all(&self) -> Result<(), Error> {
        self.ctx.with(|ctx| -> Result<(), Error> {
            let runtime: Object = Module::import(&ctx, "std:runtime")?.finish()?;
            for p in self.plugins() {
                let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                if let Err(e) = Module::import(&ctx, name.clone()).and_then(|m| m.finish::<()>()) {
                    eprintln!("plugin {} failed: {}", name, e);
                }
            }
            let drain: Function = runtime.get("drainTimers")?;
            loop {
                while self.rt.is_job_pending() {
                    let _ = self.rt.execute_pending_job();
                }
                let left: i32 = drain.call(())?;
                if left == 0 && !self.rt.is_job_pending() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Ok(())
        })
    }
}
