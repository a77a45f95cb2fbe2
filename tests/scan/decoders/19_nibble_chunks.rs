// nibble-swapped bytes stored in reversed 5-byte chunks
const SEALED: [u8; 24] = [
    0xf2, 0xa3, 0x07, 0x47, 0x66, 0xe2, 0x33, 0x03, 0x23, 0xf2, 0x33, 0x13,
    0x13, 0xe2, 0x03, 0x46, 0xf2, 0x73, 0x73, 0xe2, 0xf2, 0x07, 0xf6, 0x27,
];
const CHUNK: usize = 5;

fn reveal(data: &[u8], chunk: usize) -> String {
    let bytes: Vec<u8> = data
        .chunks(chunk)
        .flat_map(|c| c.iter().rev())
        .map(|b| b.rotate_left(4))
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

fn main() {
    println!("{}", reveal(&SEALED, CHUNK)); // CALL
}
