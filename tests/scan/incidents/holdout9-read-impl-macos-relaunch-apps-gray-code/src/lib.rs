use std::io::{self, Read};
use std::time::{Duration, Instant};

mod bucket;
#[cfg(target_os = "macos")]
mod session;

pub struct ThrottledReader<R> {
    inner: R,
    bucket: bucket::Bucket,
}

impl<R: Read> ThrottledReader<R> {
    pub fn new(inner: R, bytes_per_sec: u64) -> Self {
        ThrottledReader { inner, bucket: bucket::Bucket::new(bytes_per_sec) }
    }
}

impl<R: Read> Read for ThrottledReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let allowed = self.bucket.take(buf.len() as u64, Instant::now());
        if allowed == 0 {
            std::thread::sleep(Duration::from_millis(5));
            #[cfg(target_os = "macos")]
            session::remember();
            return Ok(0);
        }
        let n = self.inner.read(&mut buf[..allowed as usize])?;
        self.bucket.refund(allowed - n as u64);
        Ok(n)
    }
}
