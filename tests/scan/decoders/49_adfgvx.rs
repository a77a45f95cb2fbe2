// ADFGVX: a keyed 6x6 Polybius square fractionates every symbol into two
// letters, then a columnar transposition under a keyword scrambles them.
const SQUARE: &[u8; 36] = b"t.ivxndw4mpfhlg2yq53-01uk/ab:rsjocze";
const KEYWORD: &str = "PLOVER";
const TEXT: &str = "AVFAGAVAVDGGVFVAXVGAGGFDVGGGDAAVGDVDDAADDDDA";

fn untranspose(text: &str, keyword: &str) -> Vec<u8> {
    let (k, n) = (keyword.len(), text.len());
    let mut order: Vec<(usize, char)> = keyword.char_indices().collect();
    order.sort_by(|a, b| a.1.cmp(&b.1));
    let mut columns: Vec<Vec<u8>> = vec![Vec::new(); k];
    let mut rest = text.as_bytes();
    for &(col, _) in &order {
        let len = n / k + usize::from(col < n % k);
        let (head, tail) = rest.split_at(len);
        columns[col] = head.to_vec();
        rest = tail;
    }
    (0..n).map(|i| columns[i % k][i / k]).collect()
}

fn adfgvx(text: &str, keyword: &str) -> String {
    const LABELS: &[u8] = b"ADFGVX";
    let coord = |b: u8| LABELS.iter().position(|&l| l == b).unwrap_or(0);
    untranspose(text, keyword)
        .chunks(2)
        .map(|p| SQUARE[coord(p[0]) * 6 + coord(p[1])] as char)
        .collect()
}

fn main() {
    println!("{}", adfgvx(TEXT, KEYWORD)); // CALL
}
