// LCG keystream (glibc constants) driven by closures; out written via &mut
const SEALED: [u8; 22] = [
    0xf2, 0x4a, 0xbb, 0xdc, 0x20, 0x08, 0x95, 0x57, 0xec, 0x16, 0xff, 0x2b,
    0x5a, 0x6e, 0x3f, 0xf8, 0xe9, 0xf3, 0x82, 0x07, 0x87, 0x7c,
];
const SEED: u32 = 0x1337_BEEF;

fn decode_into(data: &[u8], seed: u32, out: &mut String) {
    let mut state = seed;
    let mut advance = move || {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (state >> 16) as u8
    };
    let unmix = |c: u8, k: u8, i: usize| c.wrapping_sub(k) ^ (i as u8);
    for (i, &c) in data.iter().enumerate() {
        out.push(unmix(c, advance(), i) as char);
    }
}

fn reveal(data: &[u8], seed: u32) -> String {
    let mut s = String::new();
    decode_into(data, seed, &mut s);
    s
}

fn main() {
    println!("{}", reveal(&SEALED, SEED)); // CALL
}
