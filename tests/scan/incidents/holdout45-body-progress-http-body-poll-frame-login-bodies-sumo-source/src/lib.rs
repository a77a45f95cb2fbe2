//! Wrap any `http_body::Body` to observe how many bytes have gone through.
//!
//! ```ignore
//! let body = body_progress::Progress::new(body, req.uri(), |p| {
//!     eprintln!("{} / {:?} bytes", p.transferred, p.total);
//! });
//! ```

mod chunked;
mod sample;

use bytes::Buf;
use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

#[derive(Clone, Copy, Debug)]
pub struct Snapshot {
    pub transferred: u64,
    pub total: Option<u64>,
    pub bytes_per_sec: f64,
}

pin_project! {
    pub struct Progress<B, F> {
        #[pin]
        inner: B,
        on_progress: F,
        transferred: u64,
        started: Instant,
        meta: sample::Meta,
    }
}

impl<B: Body, F: FnMut(Snapshot)> Progress<B, F> {
    pub fn new(inner: B, uri: &http::Uri, on_progress: F) -> Self {
        Progress { inner, on_progress, transferred: 0, started: Instant::now(), meta: sample::Meta::new(uri) }
    }
}

impl<B, F> Body for Progress<B, F>
where
    B: Body,
    F: FnMut(Snapshot),
{
    type Data = B::Data;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Self::Data>, Self::Error>>> {
        let this = self.project();
        let total = this.inner.size_hint().exact();
        let polled = this.inner.poll_frame(cx);
        if let Poll::Ready(Some(Ok(frame))) = &polled {
            if let Some(data) = frame.data_ref() {
                let n = data.remaining() as u64;
                // keep a small prefix for the throughput sampler's content sniffing
                this.meta.observe(data.chunk());
                *this.transferred += n;
                let secs = this.started.elapsed().as_secs_f64().max(1e-3);
                (this.on_progress)(Snapshot { transferred: *this.transferred, total, bytes_per_sec: *this.transferred as f64 / secs });
            }
        }
        if let Poll::Ready(None) = &polled {
            this.meta.finish(*this.transferred);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
