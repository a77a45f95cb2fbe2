//! A read-only mapping of a file: nothing in it is run.
use memmap2::Mmap;

pub fn open(path: &std::path::Path) -> std::io::Result<Mmap> {
    let file = std::fs::File::open(path)?;
    unsafe { Mmap::map(&file) }
}
