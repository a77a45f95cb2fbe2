//! Column-keyed 6x6 square used for the plugin's feed configuration (ADFGVX layout).

const SQ: &[u8; 36] = b"nvxabc.klm_0e1rs9dfgh2ip3-tu4o5wy678";
const AX: &[u8; 6] = b"ADFGVX";

pub fn open(ct: &str, key: &str) -> String {
    let n = ct.len();
    let k = key.as_bytes();
    let cols = k.len();
    let mut order: Vec<usize> = (0..cols).collect();
    order.sort_by_key(|&i| (k[i], i));
    let mut grid: Vec<Vec<u8>> = vec![Vec::new(); cols];
    let mut pos = 0;
    for &c in &order {
        let len = (n + cols - 1 - c) / cols;
        grid[c] = ct.as_bytes()[pos..pos + len].to_vec();
        pos += len;
    }
    let mut pairs = Vec::with_capacity(n);
    for r in 0..(n + cols - 1) / cols {
        for c in 0..cols {
            if let Some(&b) = grid[c].get(r) {
                pairs.push(b);
            }
        }
    }
    pairs
        .chunks(2)
        .filter_map(|p| {
            let r = AX.iter().position(|&a| a == p[0])?;
            let c = AX.iter().position(|&a| a == *p.get(1)?)?;
            Some(SQ[r * 6 + c] as char)
        })
        .collect()
}
