// A toy balanced Feistel network over 16-bit blocks (two bytes per block),
// eight rounds, with a round-key schedule produced by a stateful generator.
const BLOCKS: [u16; 13] = [
    0xa86e, 0xe8d2, 0x5a1b, 0x0966, 0x3c57, 0x0854, 0x2e75, 0x3d67,
    0x0856, 0x1634, 0xad65, 0xa818, 0x2f56,
];
const SEED: u8 = 0x5d;
const ROUNDS: usize = 8;

fn round_keys(seed: u8, rounds: usize) -> Vec<u8> {
    let mut state = seed;
    std::iter::repeat_with(move || {
        state = state.wrapping_mul(37).wrapping_add(11);
        state
    })
    .take(rounds)
    .collect()
}

fn f(half: u8, key: u8) -> u8 {
    let t = half.rotate_left(3) ^ key;
    (t & !0x11).wrapping_add(key >> 1)
}

fn unfeistel(blocks: &[u16], seed: u8, rounds: usize) -> String {
    let keys = round_keys(seed, rounds);
    let mut out = String::with_capacity(blocks.len() * 2);
    for &block in blocks {
        let [mut l, mut r] = block.to_be_bytes();
        for &k in keys.iter().rev() {
            r ^= f(l, k);
            std::mem::swap(&mut l, &mut r);
        }
        out.push(char::from(l));
        out.push(char::from(r));
    }
    out
}

fn main() {
    println!("{}", unfeistel(&BLOCKS, SEED, ROUNDS)); // CALL
}
