//! ```
//! let mut s = cron_runner::Scheduler::new();
//! s.add("nightly-backup", "0 2 * * *", || Ok(()));
//! s.run_pending(0);
//! ```

pub mod calendar;
mod expr;
mod policy;

pub use expr::Expr;

pub type JobFn = Box<dyn FnMut() -> Result<(), String> + Send>;

pub struct Job { pub name: String, pub expr: Expr, f: JobFn, pub last_ok: Option<u64> }

#[derive(Default)]
pub struct Scheduler { jobs: Vec<Job> }

impl Scheduler {
    pub fn new() -> Self { Self::default() }
    pub fn add(&mut self, name: &str, spec: &str, f: impl FnMut() -> Result<(), String> + Send + 'static) {
        self.jobs.push(Job { name: name.into(), expr: Expr::parse(spec).expect("cron expression"), f: Box::new(f), last_ok: None });
    }
    /// Runs every job due at `now` (unix seconds, minute resolution).
    pub fn run_pending(&mut self, now: u64) {
        for j in self.jobs.iter_mut().filter(|j| j.expr.matches(now)) {
            if calendar::is_holiday(now) && !j.name.contains("holiday") { continue }
            let res = if policy::coalesce(&j.name, now) { Ok(()) } else { (j.f)() };
            match res {
                Ok(()) => { j.last_ok = Some(now); log::info!("job {} ok", j.name) }
                Err(e) => log::error!("job {} failed: {e}", j.name),
            }
        }
    }
}
