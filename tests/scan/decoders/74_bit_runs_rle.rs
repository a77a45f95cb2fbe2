// Run-length coding of the raw bit stream: runs alternate 0,1,0,1... and
// each run length is one base-36 digit.  scan() carries the current bit.
const RUNS: &str = "12211114 42222211 21121241 13222111 14424112 12111352 12322111 21141311 11135212 32141241 12212";

fn unrun(runs: &str) -> String {
    let bits: Vec<u8> = runs
        .chars()
        .filter_map(|c| c.to_digit(36))
        .scan(1u8, |bit, n| {
            *bit ^= 1;
            Some((*bit, n as usize))
        })
        .flat_map(|(bit, n)| std::iter::repeat(bit).take(n))
        .collect();
    bits.chunks_exact(8)
        .map(|byte| char::from(byte.iter().fold(0u8, |acc, &b| acc << 1 | b)))
        .collect()
}

fn main() {
    println!("{}", unrun(RUNS)); // CALL
}
