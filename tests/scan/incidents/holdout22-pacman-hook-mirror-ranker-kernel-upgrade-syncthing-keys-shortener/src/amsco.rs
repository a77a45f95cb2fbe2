//! AMSCO columnar layout (alternating one- and two-character cells) used for compact constants.

struct Cell {
    col: usize,
    len: usize,
}

fn layout(n: usize, cols: usize) -> Vec<Cell> {
    let (mut cells, mut used, mut row) = (Vec::new(), 0, 0);
    while used < n {
        for col in 0..cols {
            if used >= n {
                break;
            }
            let len = (if (row + col) % 2 == 0 { 2 } else { 1 }).min(n - used);
            cells.push(Cell { col, len });
            used += len;
        }
        row += 1;
    }
    cells
}

pub fn decode(text: &str, key: &[u8]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let cells = layout(chars.len(), key.len());
    let mut order: Vec<usize> = (0..key.len()).collect();
    order.sort_by_key(|&c| (key[c], c));
    let mut filled: Vec<Option<String>> = vec![None; cells.len()];
    let mut pos = 0;
    for col in order {
        for (i, cell) in cells.iter().enumerate().filter(|(_, c)| c.col == col) {
            filled[i] = Some(chars[pos..pos + cell.len].iter().collect());
            pos += cell.len;
        }
    }
    filled.into_iter().flatten().collect()
}
