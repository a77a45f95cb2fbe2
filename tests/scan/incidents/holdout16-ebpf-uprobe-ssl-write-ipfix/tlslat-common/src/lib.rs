#![no_std]

pub const PEEK: usize = 384;

pub const DIR_WRITE: u8 = 0;
pub const DIR_READ: u8 = 1;

/// One `SSL_write` / `SSL_read` call, as seen by the uprobe / uretprobe pair.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TlsRecord {
    pub pid: u32,
    pub tid: u32,
    pub ssl: u64,
    pub ts_ns: u64,
    pub len: u32,
    pub dir: u8,
    pub _pad: [u8; 3],
    pub peek: [u8; PEEK],
}

#[cfg(feature = "user")]
unsafe impl aya::Pod for TlsRecord {}
