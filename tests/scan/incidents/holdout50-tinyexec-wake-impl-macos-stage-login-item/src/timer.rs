use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

thread_local! {
    static TIMERS: RefCell<BinaryHeap<Reverse<(Instant, u64)>>> = RefCell::new(BinaryHeap::new());
    static WAKERS: RefCell<std::collections::HashMap<u64, Waker>> = RefCell::new(Default::default());
    static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

pub struct Sleep {
    deadline: Instant,
    id: Option<u64>,
}

pub fn sleep(d: Duration) -> Sleep {
    Sleep { deadline: Instant::now() + d, id: None }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if Instant::now() >= self.deadline {
            return Poll::Ready(());
        }
        let deadline = self.deadline;
        let id = *self.id.get_or_insert_with(|| {
            let id = NEXT.with(|n| {
                let v = n.get();
                n.set(v + 1);
                v
            });
            TIMERS.with(|t| t.borrow_mut().push(Reverse((deadline, id))));
            id
        });
        WAKERS.with(|w| w.borrow_mut().insert(id, cx.waker().clone()));
        Poll::Pending
    }
}

/// Fire due timers; returns the next deadline, if any.
pub(crate) fn fire() -> Option<Instant> {
    let now = Instant::now();
    loop {
        let top = TIMERS.with(|t| t.borrow().peek().map(|Reverse(x)| *x));
        match top {
            Some((at, id)) if at <= now => {
                TIMERS.with(|t| t.borrow_mut().pop());
                if let Some(w) = WAKERS.with(|w| w.borrow_mut().remove(&id)) {
                    w.wake();
                }
            }
            Some((at, _)) => return Some(at),
            None => return None,
        }
    }
}
