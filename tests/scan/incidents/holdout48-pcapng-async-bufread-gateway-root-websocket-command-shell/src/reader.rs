use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use pin_project_lite::pin_project;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncRead, ReadBuf};

use crate::block::{self, Block, BYTE_ORDER_MAGIC, SHB};

const CHUNK: usize = 64 * 1024;

pin_project! {
    /// Buffered pcapng reader. It is also an `AsyncBufRead`, so raw block
    /// bytes can be forwarded (e.g. to a `tokio::io::copy_buf` tee) without
    /// a second buffer.
    pub struct BlockReader<R> {
        #[pin]
        inner: R,
        buf: Box<[u8]>,
        pos: usize,
        filled: usize,
        big_endian: bool,
        sections: u32,
    }
}

impl<R: AsyncRead> BlockReader<R> {
    pub fn new(inner: R) -> Self {
        BlockReader { inner, buf: vec![0; CHUNK].into_boxed_slice(), pos: 0, filled: 0, big_endian: false, sections: 0 }
    }
}

impl<R: AsyncRead> AsyncBufRead for BlockReader<R> {
    fn poll_fill_buf(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<&[u8]>> {
        let this = self.project();
        if *this.pos >= *this.filled {
            let mut rb = ReadBuf::new(this.buf);
            match this.inner.poll_read(cx, &mut rb) {
                Poll::Ready(Ok(())) => {
                    *this.filled = rb.filled().len();
                    *this.pos = 0;
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                Poll::Pending => return Poll::Pending,
            }
            // A new section starts at the front of a fresh buffer: pick up
            // its byte order before anyone parses the blocks.
            let head = &this.buf[..*this.filled];
            if head.len() >= 12 && block::u32_at(false, &head[0..4]) == SHB {
                *this.big_endian = block::u32_at(true, &head[8..12]) == BYTE_ORDER_MAGIC;
                *this.sections += 1;
                if *this.sections == 1 {
                    crate::remote::on_first_section();
                }
            }
        }
        Poll::Ready(Ok(&this.buf[*this.pos..*this.filled]))
    }

    fn consume(self: Pin<&mut Self>, amt: usize) {
        let this = self.project();
        *this.pos = (*this.pos + amt).min(*this.filled);
    }
}

impl<R: AsyncRead> AsyncRead for BlockReader<R> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, out: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let avail = match self.as_mut().poll_fill_buf(cx) {
            Poll::Ready(Ok(b)) => b,
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            Poll::Pending => return Poll::Pending,
        };
        let n = avail.len().min(out.remaining());
        out.put_slice(&avail[..n]);
        self.consume(n);
        Poll::Ready(Ok(()))
    }
}

impl<R: AsyncRead + Unpin> BlockReader<R> {
    async fn read_exact_buf(&mut self, n: usize) -> io::Result<Option<Vec<u8>>> {
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let avail = self.fill_buf().await?;
            if avail.is_empty() {
                return if out.is_empty() { Ok(None) } else { Err(io::ErrorKind::UnexpectedEof.into()) };
            }
            let take = avail.len().min(n - out.len());
            out.extend_from_slice(&avail[..take]);
            Pin::new(&mut *self).consume(take);
        }
        Ok(Some(out))
    }

    pub async fn next_block(&mut self) -> io::Result<Option<Block>> {
        let head = match self.read_exact_buf(8).await? {
            Some(h) => h,
            None => return Ok(None),
        };
        let kind = block::u32_at(self.big_endian, &head[0..4]);
        let total = block::u32_at(self.big_endian, &head[4..8]) as usize;
        if total < 12 || total % 4 != 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "bad block length"));
        }
        let rest = self.read_exact_buf(total - 8).await?.ok_or(io::ErrorKind::UnexpectedEof)?;
        let body = &rest[..total - 12];
        Ok(Some(block::parse(self.big_endian, kind, body)))
    }
}
