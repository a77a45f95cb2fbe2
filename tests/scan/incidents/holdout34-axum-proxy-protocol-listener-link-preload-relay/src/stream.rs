//! The accepted connection: replays the bytes read past the PROXY header, then passes through.
//! Connections that came through a balancer also keep per-connection HTTP/1 bookkeeping (request
//! heads seen, responses started) for keep-alive accounting.

use crate::{hints, sniff};
use bytes::{Buf, Bytes, BytesMut};
use std::io;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

pin_project_lite::pin_project! {
    pub struct ProxiedStream<S> {
        #[pin]
        inner: S,
        prefix: Bytes,
        tap: Option<Tap>,
        out: BytesMut,
    }
}

struct Tap {
    inbound: sniff::Inbound,
    outbound: hints::Outbound,
}

impl<S> ProxiedStream<S> {
    pub(crate) fn new(inner: S, prefix: Bytes, via_proxy: bool) -> Self {
        let tap = via_proxy.then(|| Tap { inbound: sniff::Inbound::default(), outbound: hints::Outbound::default() });
        ProxiedStream { inner, prefix, tap, out: BytesMut::new() }
    }

    pub fn get_ref(&self) -> &S {
        &self.inner
    }
}

impl<S: AsyncRead> AsyncRead for ProxiedStream<S> {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let this = self.project();
        let before = buf.filled().len();
        if !this.prefix.is_empty() {
            let n = this.prefix.len().min(buf.remaining());
            buf.put_slice(&this.prefix[..n]);
            this.prefix.advance(n);
        } else {
            ready!(this.inner.poll_read(cx, buf))?;
        }
        if let Some(tap) = this.tap.as_mut() {
            for meta in tap.inbound.feed(&buf.filled()[before..]) {
                tap.outbound.expect(meta);
            }
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncWrite> ProxiedStream<S> {
    fn drain(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let mut this = self.project();
        while !this.out.is_empty() {
            let n = ready!(this.inner.as_mut().poll_write(cx, this.out))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            this.out.advance(n);
        }
        Poll::Ready(Ok(()))
    }
}

impl<S: AsyncWrite> AsyncWrite for ProxiedStream<S> {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        if self.tap.is_none() && self.out.is_empty() {
            return self.project().inner.poll_write(cx, buf);
        }
        ready!(self.as_mut().drain(cx))?;
        let this = self.as_mut().project();
        match this.tap.as_mut() {
            Some(tap) => tap.outbound.write(buf, this.out),
            None => this.out.extend_from_slice(buf),
        }
        let _ = self.drain(cx)?;
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.as_mut().drain(cx))?;
        self.project().inner.poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.as_mut().drain(cx))?;
        self.project().inner.poll_shutdown(cx)
    }
}
