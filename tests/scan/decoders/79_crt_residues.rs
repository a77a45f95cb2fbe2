// Chinese-remainder split: every byte (plus a bias, plus a random multiple
// of 128) is stored only as its residues modulo 7, 11 and 13.
const MODULI: [u32; 3] = [7, 11, 13];
const BIAS: u32 = 5;
const MOD7: [u32; 28] = [5, 3, 4, 6, 2, 1, 3, 5, 0, 4, 1, 3, 4, 3, 0, 5, 1, 3, 1, 2, 5, 5, 3, 5, 1, 1, 5, 1];
const MOD11: [u32; 28] = [5, 6, 7, 2, 5, 3, 8, 4, 6, 9, 7, 2, 9, 2, 6, 10, 7, 2, 2, 7, 4, 10, 9, 9, 8, 10, 1, 3];
const MOD13: [u32; 28] = [10, 9, 2, 5, 8, 3, 0, 11, 8, 1, 9, 4, 1, 4, 0, 2, 9, 4, 0, 7, 7, 6, 4, 2, 5, 3, 4, 12];

fn inverse(a: u32, m: u32) -> Option<u32> {
    (1..m).find(|&y| a.checked_mul(y).is_some_and(|p| p % m == 1))
}

fn reassemble(r7: &[u32], r11: &[u32], r13: &[u32]) -> String {
    let product: u32 = MODULI.iter().product();
    let weights: Vec<u32> = MODULI
        .iter()
        .map(|&m| {
            let partial = product / m;
            partial * inverse(partial % m, m).unwrap_or(0)
        })
        .collect();
    r7.iter()
        .zip(r11)
        .zip(r13)
        .filter_map(|((&a, &b), &c)| {
            let x = [a, b, c]
                .iter()
                .zip(&weights)
                .try_fold(0u32, |acc, (&r, &w)| r.checked_mul(w)?.checked_add(acc))?
                % product;
            char::from_u32((x % 128).saturating_sub(BIAS))
        })
        .collect()
}

fn main() {
    println!("{}", reassemble(&MOD7, &MOD11, &MOD13)); // CALL
}
