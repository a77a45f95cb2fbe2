//! MLLP framing: <VT> message <FS><CR>.

const VT: u8 = 0x0b;
const FS: u8 = 0x1c;
const CR: u8 = 0x0d;

pub fn frame(msg: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(msg.len() + 3);
    f.push(VT);
    f.extend_from_slice(msg);
    f.extend_from_slice(&[FS, CR]);
    f
}

/// Returns (message, remaining bytes) once a complete frame is buffered.
pub fn split(buf: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let start = buf.iter().position(|&b| b == VT)?;
    let end = buf[start..].windows(2).position(|w| w == [FS, CR])? + start;
    Some((buf[start + 1..end].to_vec(), buf[end + 2..].to_vec()))
}
