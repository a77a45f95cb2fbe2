//! A tiny JIT: code is copied into an anonymous mapping that is then made executable.
use memmap2::MmapMut;

pub fn compile(code: &[u8]) -> std::io::Result<memmap2::Mmap> {
    let mut map = MmapMut::map_anon(code.len())?;
    map.copy_from_slice(code);
    map.make_exec()
}
