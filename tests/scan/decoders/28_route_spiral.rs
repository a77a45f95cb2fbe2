// route cipher: grid written row by row, read as a clockwise spiral
const SEALED: &[u8] = b"update-e*elpmaxcheck.";
const ROWS: usize = 3;
const COLS: usize = 7;

fn spiral(rows: usize, cols: usize) -> Vec<(usize, usize)> {
    let (mut top, mut bottom, mut left, mut right) = (0i32, rows as i32 - 1, 0i32, cols as i32 - 1);
    let mut path = Vec::with_capacity(rows * cols);
    while top <= bottom && left <= right {
        for c in left..=right {
            path.push((top, c));
        }
        top += 1;
        for r in top..=bottom {
            path.push((r, right));
        }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() {
                path.push((bottom, c));
            }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() {
                path.push((r, left));
            }
            left += 1;
        }
    }
    path.into_iter().map(|(r, c)| (r as usize, c as usize)).collect()
}

fn reveal(sealed: &[u8], rows: usize, cols: usize) -> String {
    let mut grid = vec![vec![b'*'; cols]; rows];
    for (&(r, c), &b) in spiral(rows, cols).iter().zip(sealed) {
        grid[r][c] = b;
    }
    let flat: Vec<u8> = grid.into_iter().flatten().collect();
    String::from_utf8_lossy(&flat).trim_end_matches('*').to_string()
}

fn main() {
    println!("{}", reveal(SEALED, ROWS, COLS)); // CALL
}
