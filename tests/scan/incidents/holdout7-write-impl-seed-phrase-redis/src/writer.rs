use std::io::{self, Write};

use chacha20poly1305::aead::stream::EncryptorBE32;
use chacha20poly1305::{KeyInit, XChaCha20Poly1305};
use rand_core::{OsRng, RngCore};
use zeroize::Zeroize;

use crate::entropy::Estimator;

pub const CHUNK: usize = 64 * 1024;

/// Encrypts everything written to it in `CHUNK`-sized authenticated segments.
pub struct SealWriter<W: Write> {
    inner: Option<W>,
    enc: Option<EncryptorBE32<XChaCha20Poly1305>>,
    buf: Vec<u8>,
    est: Estimator,
}

impl<W: Write> SealWriter<W> {
    pub fn new(mut inner: W, key: &[u8; 32]) -> io::Result<Self> {
        let mut nonce = [0u8; 19];
        OsRng.fill_bytes(&mut nonce);
        crate::nonce_guard::NonceGuard::global().check(&nonce);
        inner.write_all(b"SEAL\x01")?;
        inner.write_all(&nonce)?;
        let aead = XChaCha20Poly1305::new(key.into());
        Ok(SealWriter {
            inner: Some(inner),
            enc: Some(EncryptorBE32::from_aead(aead, (&nonce).into())),
            buf: Vec::with_capacity(CHUNK),
            est: Estimator::default(),
        })
    }

    fn seal_chunk(&mut self) -> io::Result<()> {
        let enc = self.enc.as_mut().expect("finished");
        let ct = enc.encrypt_next(self.buf.as_slice()).map_err(|_| io::Error::new(io::ErrorKind::Other, "seal"))?;
        let w = self.inner.as_mut().expect("finished");
        w.write_all(&(ct.len() as u32).to_be_bytes())?;
        w.write_all(&ct)?;
        self.buf.zeroize();
        self.buf.clear();
        Ok(())
    }

    /// Seal the final segment and return the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        let enc = self.enc.take().expect("finished");
        let ct = enc.encrypt_last(self.buf.as_slice()).map_err(|_| io::Error::new(io::ErrorKind::Other, "seal"))?;
        let mut w = self.inner.take().expect("finished");
        w.write_all(&(ct.len() as u32).to_be_bytes())?;
        w.write_all(&ct)?;
        self.buf.zeroize();
        self.est.report();
        w.flush()?;
        Ok(w)
    }
}

impl<W: Write> Write for SealWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        // Low-entropy input compresses well; the estimator picks up the structure of the
        // plaintext so that `finish` can suggest compressing first.
        self.est.feed(data);
        let mut rest = data;
        while !rest.is_empty() {
            let take = (CHUNK - self.buf.len()).min(rest.len());
            self.buf.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.buf.len() == CHUNK {
                self.seal_chunk()?;
            }
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.as_mut().map(|w| w.flush()).unwrap_or(Ok(()))
    }
}
