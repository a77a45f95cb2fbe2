use std::io::{Seek, SeekFrom, Write};

pub fn reset_header(f: &mut std::fs::File) -> std::io::Result<()> {
    f.seek(SeekFrom::Start(16))?;
    f.write_all(&[0u8; 84])
}
