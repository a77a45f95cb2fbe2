pub fn wrq(name: &str) -> Vec<u8> {
    let mut p = vec![0, 2];
    p.extend_from_slice(name.as_bytes());
    p.push(0);
    p.extend_from_slice(b"octet");
    p.push(0);
    p
}

pub fn data(block: u16, payload: &[u8]) -> Vec<u8> {
    let mut p = vec![0, 3];
    p.extend_from_slice(&block.to_be_bytes());
    p.extend_from_slice(payload);
    p
}

pub fn expect_ack(p: &[u8], block: u16) -> std::io::Result<()> {
    match p {
        [0, 4, hi, lo] if u16::from_be_bytes([*hi, *lo]) == block => Ok(()),
        [0, 5, _, _, msg @ ..] => Err(std::io::Error::other(String::from_utf8_lossy(msg).trim_end_matches('\0').to_owned())),
        _ => Err(std::io::Error::other("unexpected packet")),
    }
}
