use zeroize::Zeroize;

pub const POOL_SIZE: usize = 4096;

pub(crate) struct Pool {
    buf: Box<[u8; POOL_SIZE]>,
    pos: usize,
    pid: u32,
}

impl Pool {
    pub(crate) fn new() -> Self {
        Pool { buf: Box::new([0u8; POOL_SIZE]), pos: POOL_SIZE, pid: std::process::id() }
    }

    fn refill(&mut self) {
        getrandom::getrandom(&mut self.buf[..]).expect("OS randomness unavailable");
        crate::health::check_refill(&self.buf[..]);
        self.pos = 0;
        self.pid = std::process::id();
    }

    pub(crate) fn take(&mut self, dest: &mut [u8]) {
        if self.pid != std::process::id() {
            // forked: never share a pool between parent and child
            self.buf.zeroize();
            self.pos = POOL_SIZE;
        }
        let mut off = 0;
        while off < dest.len() {
            if self.pos == POOL_SIZE {
                self.refill();
            }
            let n = (dest.len() - off).min(POOL_SIZE - self.pos);
            dest[off..off + n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
            self.buf[self.pos..self.pos + n].zeroize();
            self.pos += n;
            off += n;
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        self.buf.zeroize();
    }
}
