//! Per-task poll-time profiling through Tokio's runtime hooks.

use std::time::Duration;
use tokio::runtime::Builder;

mod env;
mod hooks;
mod pprof;
mod symtab;
mod upload;

#[derive(Clone, Debug)]
pub struct Config {
    pub server: String,
    pub app: String,
    pub interval: Duration,
}

impl Config {
    pub fn from_env() -> Config {
        Config {
            server: std::env::var("PYROSCOPE_SERVER_ADDRESS").unwrap_or_else(|_| "http://localhost:4040".into()),
            app: std::env::var("PYROSCOPE_APPLICATION_NAME").unwrap_or_else(|_| {
                std::env::current_exe().ok().and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())).unwrap_or_else(|| "tokio-app".into())
            }),
            interval: Duration::from_secs(15),
        }
    }
}

/// Install the task hooks on `builder` and start the uploader thread.
pub fn instrument(builder: &mut Builder, config: Config) -> &mut Builder {
    if std::env::var_os("TASKPROF_OFF").is_some() {
        return builder;
    }
    upload::start(config);
    builder
        .on_task_spawn(hooks::spawned)
        .on_before_task_poll(hooks::before_poll)
        .on_after_task_poll(hooks::after_poll)
        .on_task_terminate(hooks::terminated)
}
