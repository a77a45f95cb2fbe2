// rail fence transposition (3 rails) undone by sorting positions by rail
const SEALED: &str = "h:0..8/tp/230131:00cdt/.188m";
const RAILS: usize = 3;

fn rail_of(i: usize, rails: usize) -> usize {
    let cycle = 2 * (rails - 1);
    let m = i % cycle;
    if m < rails {
        m
    } else {
        cycle - m
    }
}

fn reveal(sealed: &str, rails: usize) -> String {
    let n = sealed.len();
    let mut positions: Vec<usize> = (0..n).collect();
    positions.sort_by_key(|&i| (rail_of(i, rails), i));
    let mut out = vec![0u8; n];
    for (&p, b) in positions.iter().zip(sealed.bytes()) {
        out[p] = b;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn main() {
    println!("{}", reveal(SEALED, RAILS)); // CALL
}
