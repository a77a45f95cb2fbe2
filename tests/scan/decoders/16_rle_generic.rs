// run-length pairs (count, masked byte) expanded by a generic helper
const RUNS: [(u8, u8); 26] = [
    (1, 0x0e), (1, 0x45), (1, 0x44), (1, 0x57), (1, 0x0e), (1, 0x52),
    (1, 0x49), (1, 0x4c), (1, 0x0e), (1, 0x0f), (1, 0x59), (2, 0x10),
    (1, 0x0c), (1, 0x54), (1, 0x4f), (1, 0x48), (1, 0x59), (2, 0x0c),
    (1, 0x42), (1, 0x40), (1, 0x42), (1, 0x49), (1, 0x44), (1, 0x0e),
    (5, 0x11), (1, 0x10),
];
const MASK: u8 = 0x21;

fn expand<T: Copy>(runs: &[(u8, T)], out: &mut Vec<T>) {
    for &(n, v) in runs {
        for _ in 0..n {
            out.push(v);
        }
    }
}

fn reveal(runs: &[(u8, u8)], mask: u8) -> String {
    let mut raw = Vec::new();
    expand(runs, &mut raw);
    raw.iter().map(|&b| (b ^ mask) as char).collect()
}

fn main() {
    println!("{}", reveal(&RUNS, MASK)); // CALL
}
