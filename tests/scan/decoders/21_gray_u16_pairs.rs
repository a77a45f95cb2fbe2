// Gray-coded bytes, two per u16 (high byte first)
const PAIRS: [u16; 16] = [
    0x4a5c, 0x303b, 0x5230, 0x3359, 0x585c, 0x4f48, 0x3038, 0x4e5b,
    0x4838, 0x3952, 0x5152, 0x5c57, 0x3b4a, 0x4559, 0x5230, 0x3533,
];

fn from_gray(mut g: u8) -> u8 {
    let mut b = g;
    while g > 0 {
        g >>= 1;
        b ^= g;
    }
    b
}

fn reveal(pairs: &[u16]) -> String {
    let mut out = String::with_capacity(pairs.len() * 2);
    for &p in pairs {
        for half in [(p >> 8) as u8, p as u8] {
            let c = from_gray(half);
            if c != 0 {
                out.push(c as char);
            }
        }
    }
    out
}

fn main() {
    println!("{}", reveal(&PAIRS)); // CALL
}
