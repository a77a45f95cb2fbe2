use std::io::Write;

pub fn pad(out: &mut Vec<u8>, n: usize) -> std::io::Result<()> {
    out.write_all(&vec![0xffu8; n])
}
