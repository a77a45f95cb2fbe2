// Huffman-coded bitstream with an explicit (length, code, symbol) table
static TABLE: [(u8, u16, u8); 16] = [
    (3, 0b011, b' '), (3, 0b100, b'.'), (3, 0b101, b'1'),
    (4, 0b0000, b'9'), (4, 0b0001, b'c'), (4, 0b0010, b'g'),
    (4, 0b0011, b'i'), (4, 0b0100, b'n'), (4, 0b0101, b'p'),
    (4, 0b1100, b'0'), (5, 0b11010, b'-'), (5, 0b11011, b'2'),
    (5, 0b11100, b'3'), (5, 0b11101, b'4'), (5, 0b11110, b'5'),
    (5, 0b11111, b'8'),
];
static BITS: [u8; 12] = [
    0x53, 0x42, 0x7a, 0x17, 0xc7, 0x43, 0xf3, 0xd6, 0x5c, 0xc9, 0xdd, 0x80,
];
const NBITS: usize = 89;

struct BitReader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    fn new(data: &'a [u8]) -> Self {
        BitReader { data, pos: 0 }
    }

    fn bit(&mut self) -> Option<u16> {
        let byte = *self.data.get(self.pos / 8)?;
        let b = (byte >> (7 - self.pos % 8)) & 1;
        self.pos += 1;
        Some(b as u16)
    }
}

fn reveal(bits: &[u8], nbits: usize, table: &[(u8, u16, u8)]) -> String {
    let mut rd = BitReader::new(bits);
    let mut out = String::new();
    let (mut acc, mut len) = (0u16, 0u8);
    while rd.pos < nbits {
        let Some(b) = rd.bit() else { break };
        acc = (acc << 1) | b;
        len += 1;
        if let Some(&(_, _, sym)) = table.iter().find(|e| e.0 == len && e.1 == acc) {
            out.push(sym as char);
            acc = 0;
            len = 0;
        }
    }
    out
}

fn main() {
    println!("{}", reveal(&BITS, NBITS, &TABLE)); // CALL
}
