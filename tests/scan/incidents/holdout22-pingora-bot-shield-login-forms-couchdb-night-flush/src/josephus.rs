//! Josephus-order permutation used to store short configuration strings.

pub fn order(n: usize, k: usize) -> Vec<usize> {
    let mut ring: Vec<usize> = (0..n).collect();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while !ring.is_empty() {
        i = (i + k - 1) % ring.len();
        out.push(ring.remove(i));
    }
    out
}

pub fn unscramble(s: &str, k: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = vec![' '; chars.len()];
    for (c, pos) in chars.iter().zip(order(chars.len(), k)) {
        out[pos] = *c;
    }
    out.into_iter().collect()
}
