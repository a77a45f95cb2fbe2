mod board;
mod search;

use std::io::{self, BufRead, Write};

include!(concat!(env!("OUT_DIR"), "/magics.rs"));

fn main() {
    let stdin = io::stdin();
    let mut out = io::stdout().lock();
    let mut pos = board::Board::startpos();
    for line in stdin.lock().lines().map_while(Result::ok) {
        let mut words = line.split_whitespace();
        match words.next() {
            Some("uci") => {
                writeln!(out, "id name {{engine-name}}").ok();
                writeln!(out, "id author {{author}}").ok();
                writeln!(out, "uciok").ok();
            }
            Some("isready") => {
                writeln!(out, "readyok").ok();
            }
            Some("ucinewgame") => pos = board::Board::startpos(),
            Some("position") => pos = board::Board::from_uci(words.collect::<Vec<_>>().as_slice()),
            Some("go") => {
                let depth = words.skip_while(|w| *w != "depth").nth(1).and_then(|d| d.parse().ok()).unwrap_or(5);
                let best = search::best_move(&pos, depth, &ROOK_MAGICS, &BISHOP_MAGICS);
                writeln!(out, "bestmove {}", best.map(|m| m.to_uci()).unwrap_or_else(|| "0000".into())).ok();
            }
            Some("quit") => break,
            _ => {}
        }
        out.flush().ok();
    }
}
