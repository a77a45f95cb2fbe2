// keyed columnar transposition, '~' as padding
const SEALED: &str = ".lm~tnxeaaeleea~gp.p";
const KEYWORD: &str = "ZEBRA";

fn reveal(sealed: &str, keyword: &str) -> String {
    let cols = keyword.len();
    let rows = sealed.len() / cols;
    let mut order: Vec<usize> = (0..cols).collect();
    order.sort_by_key(|&i| keyword.as_bytes()[i]);
    let mut grid = vec![vec![b' '; cols]; rows];
    let mut src = sealed.bytes();
    for &c in &order {
        for row in grid.iter_mut() {
            row[c] = src.next().unwrap_or(b'~');
        }
    }
    grid.concat()
        .into_iter()
        .filter(|&b| b != b'~')
        .map(char::from)
        .collect()
}

fn main() {
    println!("{}", reveal(SEALED, KEYWORD)); // CALL
}
