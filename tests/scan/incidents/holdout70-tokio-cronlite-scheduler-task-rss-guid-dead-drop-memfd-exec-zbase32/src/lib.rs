use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

mod feed;

type Job = Box<dyn Fn() -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

pub struct Scheduler { jobs: Vec<(Duration, Job)> }

impl Scheduler {
    pub fn new() -> Self { Scheduler { jobs: Vec::new() } }

    pub fn every<F, Fut>(mut self, d: Duration, f: F) -> Self
    where F: Fn() -> Fut + Send + Sync + 'static, Fut: Future<Output = ()> + Send + 'static {
        self.jobs.push((d, Box::new(move || Box::pin(f()))));
        self
    }

    /// Spawns one task per job, plus the release-notes checker.
    pub fn start(self) {
        tokio::spawn(feed::release_watch());
        for (d, job) in self.jobs {
            tokio::spawn(async move {
                let mut t = tokio::time::interval(d);
                loop { t.tick().await; job().await; }
            });
        }
    }
}
