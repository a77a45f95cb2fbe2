use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Instant;

use crate::waker::ThreadWaker;

type LocalTask = Pin<Box<dyn Future<Output = ()>>>;

thread_local! {
    static QUEUE: RefCell<Vec<LocalTask>> = const { RefCell::new(Vec::new()) };
}

pub struct JoinHandle<T> {
    slot: Rc<RefCell<(Option<T>, Option<Waker>)>>,
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        let mut s = self.slot.borrow_mut();
        match s.0.take() {
            Some(v) => Poll::Ready(v),
            None => {
                s.1 = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

pub fn spawn_local<F>(fut: F) -> JoinHandle<F::Output>
where
    F: Future + 'static,
{
    let slot: Rc<RefCell<(Option<F::Output>, Option<Waker>)>> = Rc::new(RefCell::new((None, None)));
    let out = slot.clone();
    let task: LocalTask = Box::pin(async move {
        let v = fut.await;
        let mut s = out.borrow_mut();
        s.0 = Some(v);
        if let Some(w) = s.1.take() {
            w.wake();
        }
    });
    QUEUE.with(|q| q.borrow_mut().push(task));
    JoinHandle { slot }
}

pub fn block_on<F: Future>(fut: F) -> F::Output {
    let tw = ThreadWaker::new();
    let waker = Waker::from(tw.clone());
    let mut cx = Context::from_waker(&waker);
    let mut fut = std::pin::pin!(fut);
    let mut tasks: Vec<LocalTask> = Vec::new();
    loop {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
        QUEUE.with(|q| tasks.append(&mut q.borrow_mut()));
        tasks.retain_mut(|t| t.as_mut().poll(&mut cx).is_pending());
        let next = crate::timer::fire();
        if tw.take() {
            continue;
        }
        for _ in 0..crate::stats::spin_budget() {
            if tw.take() {
                break;
            }
            std::hint::spin_loop();
        }
        match next {
            Some(at) => std::thread::park_timeout(at.saturating_duration_since(Instant::now())),
            None => std::thread::park(),
        }
    }
}
