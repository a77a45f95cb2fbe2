//! Minimal USI shogi core: squares, moves, SFEN positions and perft.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Square(pub u8); // 0..81, file-major: (file - 1) * 9 + rank

impl Square {
    pub fn new(file: u8, rank: u8) -> Option<Square> {
        ((1..=9).contains(&file) && rank < 9).then(|| Square((file - 1) * 9 + rank))
    }
    pub fn file(self) -> u8 {
        self.0 / 9 + 1
    }
    pub fn rank(self) -> u8 {
        self.0 % 9
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Move {
    Board { from: Square, to: Square, promote: bool },
    Drop { piece: char, to: Square },
}

fn parse_sq(b: &[u8]) -> Option<Square> {
    let file = b.first()?.checked_sub(b'0')?;
    let rank = b.get(1)?.checked_sub(b'a')?;
    Square::new(file, rank)
}

impl FromStr for Move {
    type Err = String;
    fn from_str(s: &str) -> Result<Move, String> {
        let b = s.as_bytes();
        if b.len() >= 4 && b[1] == b'*' {
            let to = parse_sq(&b[2..]).ok_or_else(|| format!("bad drop square in {s}"))?;
            return Ok(Move::Drop { piece: b[0] as char, to });
        }
        let from = parse_sq(b).ok_or_else(|| format!("bad from square in {s}"))?;
        let to = parse_sq(b.get(2..).unwrap_or_default()).ok_or_else(|| format!("bad to square in {s}"))?;
        Ok(Move::Board { from, to, promote: b.get(4) == Some(&b'+') })
    }
}

impl fmt::Display for Move {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sq = |s: Square| format!("{}{}", s.file(), (b'a' + s.rank()) as char);
        match *self {
            Move::Board { from, to, promote } => write!(f, "{}{}{}", sq(from), sq(to), if promote { "+" } else { "" }),
            Move::Drop { piece, to } => write!(f, "{piece}*{}", sq(to)),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Position {
    pub board: [Option<(char, bool)>; 81], // piece letter (upper = sente), promoted
    pub sente_to_move: bool,
    pub hands: String,
    pub ply: u32,
}

impl Position {
    pub fn from_sfen(sfen: &str) -> Result<Position, String> {
        let mut it = sfen.split_whitespace();
        let rows = it.next().ok_or("empty sfen")?;
        let mut board = [None; 81];
        for (rank, row) in rows.split('/').enumerate() {
            let (mut file, mut promoted) = (9u8, false);
            for c in row.chars() {
                match c {
                    '+' => promoted = true,
                    '1'..='9' => file = file.saturating_sub(c as u8 - b'0'),
                    _ => {
                        let sq = Square::new(file, rank as u8).ok_or_else(|| format!("row {rank} too long"))?;
                        board[sq.0 as usize] = Some((c, promoted));
                        promoted = false;
                        file = file.saturating_sub(1);
                    }
                }
            }
        }
        let sente_to_move = it.next() != Some("w");
        let hands = it.next().unwrap_or("-").to_string();
        let ply = it.next().and_then(|n| n.parse().ok()).unwrap_or(1);
        Ok(Position { board, sente_to_move, hands, ply })
    }

    /// Applies a move without checking legality (used to replay recorded games).
    pub fn apply_unchecked(&mut self, m: Move) {
        match m {
            Move::Board { from, to, promote } => {
                let piece = self.board[from.0 as usize].take();
                self.board[to.0 as usize] = piece.map(|(p, pr)| (p, pr || promote));
            }
            Move::Drop { piece, to } => {
                let p = if self.sente_to_move { piece.to_ascii_uppercase() } else { piece.to_ascii_lowercase() };
                self.board[to.0 as usize] = Some((p, false));
            }
        }
        self.sente_to_move = !self.sente_to_move;
        self.ply += 1;
    }

    /// TODO(candidate): generate all legal moves for the side to move.
    pub fn legal_moves(&self) -> Vec<Move> {
        Vec::new()
    }
}

pub fn perft(pos: &Position, depth: u32) -> u64 {
    if depth == 0 {
        return 1;
    }
    pos.legal_moves()
        .into_iter()
        .map(|m| {
            let mut next = pos.clone();
            next.apply_unchecked(m);
            perft(&next, depth - 1)
        })
        .sum()
}
