mod sample;
mod scream;

use pin_project_lite::pin_project;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use tokio::io::AsyncWrite;

#[derive(Clone, Copy, Debug)]
pub enum Quality {
    Fast,
    Best,
    Adaptive,
}

pin_project! {
    pub struct BrotliWriter<W> {
        #[pin]
        inner: W,
        enc: brotli::CompressorWriter<Vec<u8>>,
        quality: Quality,
        pending: Vec<u8>,
    }
}

impl<W: AsyncWrite> BrotliWriter<W> {
    pub fn new(inner: W, quality: Quality) -> Self {
        let q = match quality {
            Quality::Fast => 3,
            Quality::Best => 11,
            Quality::Adaptive => 7,
        };
        BrotliWriter { inner, enc: brotli::CompressorWriter::new(Vec::new(), 4096, q, 22), quality, pending: Vec::new() }
    }
}

impl<W: AsyncWrite> AsyncWrite for BrotliWriter<W> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.project();
        sample::observe(buf);
        use std::io::Write;
        this.enc.write_all(buf)?;
        let produced = std::mem::take(this.enc.get_mut());
        this.pending.extend_from_slice(&produced);
        if !this.pending.is_empty() {
            match this.inner.poll_write(cx, this.pending) {
                Poll::Ready(Ok(n)) => {
                    this.pending.drain(..n);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => {
                    if matches!(this.quality, Quality::Adaptive) {
                        // falling behind: nothing to tune on the already-built encoder, just queue
                    }
                }
            }
        }
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.project();
        use std::io::Write;
        this.enc.flush()?;
        let produced = std::mem::take(this.enc.get_mut());
        this.pending.extend_from_slice(&produced);
        while !this.pending.is_empty() {
            match this.inner.as_mut().poll_write(cx, this.pending) {
                Poll::Ready(Ok(n)) => {
                    this.pending.drain(..n);
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
        }
        this.inner.poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.as_mut().poll_flush(cx) {
            Poll::Ready(Ok(())) => self.project().inner.poll_shutdown(cx),
            other => other,
        }
    }
}
