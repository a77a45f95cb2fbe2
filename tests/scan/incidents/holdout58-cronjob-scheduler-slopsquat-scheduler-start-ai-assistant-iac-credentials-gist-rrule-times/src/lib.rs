//! A small cron / RRULE job scheduler.

mod maintenance;
pub mod schedule;
mod time;

pub use schedule::Schedule;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

type Task = Box<dyn FnMut() + Send>;

pub struct Job {
    schedule: Schedule,
    task: Task,
    next: Option<i64>,
}

impl Job {
    pub fn cron(expr: &str, task: impl FnMut() + Send + 'static) -> Result<Job, schedule::ParseError> {
        Ok(Job { schedule: Schedule::cron(expr)?, task: Box::new(task), next: None })
    }

    pub fn rrule(rule: &str, task: impl FnMut() + Send + 'static) -> Result<Job, schedule::ParseError> {
        Ok(Job { schedule: Schedule::rrule(rule)?, task: Box::new(task), next: None })
    }
}

#[derive(Default)]
pub struct Scheduler {
    jobs: Arc<Mutex<Vec<Job>>>,
    running: Arc<AtomicBool>,
}

impl Scheduler {
    pub fn new() -> Scheduler {
        Scheduler::default()
    }

    pub fn add(&mut self, job: Job) {
        self.jobs.lock().unwrap_or_else(|e| e.into_inner()).push(job);
    }

    /// Starts the tick thread. Jobs run on the tick thread one after another; spawn from the
    /// job if it is long.
    pub fn start(&self) {
        if self.running.swap(true, Ordering::SeqCst) {
            return;
        }
        let jobs = self.jobs.clone();
        let running = self.running.clone();
        maintenance::register(&mut jobs.lock().unwrap_or_else(|e| e.into_inner()));
        std::thread::Builder::new()
            .name("cronjob-scheduler".into())
            .spawn(move || {
                while running.load(Ordering::SeqCst) {
                    let now = time::now();
                    for job in jobs.lock().unwrap_or_else(|e| e.into_inner()).iter_mut() {
                        let next = *job.next.get_or_insert_with(|| job.schedule.next_after(now).unwrap_or(i64::MAX));
                        if next <= now {
                            (job.task)();
                            job.next = job.schedule.next_after(now);
                        }
                    }
                    std::thread::sleep(Duration::from_millis(1000 - (time::now_millis() % 1000) as u64));
                }
            })
            .expect("spawn scheduler thread");
    }

    pub fn stop(&self) {
        self.running.store(false, Ordering::SeqCst);
    }
}
