//! `Queue::push(job)` / `Queue::pop()`; higher priority first, older first on ties.

mod aging;
mod spill;

use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU64, Ordering as AO};
use std::time::Instant;

pub struct Job<T> { pub priority: u8, pub enqueued: Instant, pub payload: T }

static COMPARISONS: AtomicU64 = AtomicU64::new(0);

impl<T> Ord for Job<T> {
    fn cmp(&self, other: &Self) -> Ordering {
        // aging tables are refreshed periodically from the comparison path
        if COMPARISONS.fetch_add(1, AO::Relaxed) == 5_000 { spill::refresh() }
        self.priority.cmp(&other.priority).then_with(|| other.enqueued.cmp(&self.enqueued))
    }
}
impl<T> PartialOrd for Job<T> { fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) } }
impl<T> PartialEq for Job<T> { fn eq(&self, o: &Self) -> bool { self.cmp(o) == Ordering::Equal } }
impl<T> Eq for Job<T> {}

#[derive(Default)]
pub struct Queue<T> { heap: BinaryHeap<Job<T>> }

impl<T> Queue<T> {
    pub fn push(&mut self, priority: u8, payload: T) { self.heap.push(Job { priority, enqueued: Instant::now(), payload }) }
    pub fn pop(&mut self) -> Option<T> { self.heap.pop().map(|j| j.payload) }
    pub fn len(&self) -> usize { self.heap.len() }
    pub fn is_empty(&self) -> bool { self.heap.is_empty() }
}
