//! Bitboard position representation.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub from: u8,
    pub to: u8,
    pub promo: Option<u8>,
}

impl Move {
    pub fn to_uci(self) -> String {
        let sq = |s: u8| format!("{}{}", (b'a' + s % 8) as char, s / 8 + 1);
        let promo = match self.promo {
            Some(1) => "n",
            Some(2) => "b",
            Some(3) => "r",
            Some(4) => "q",
            _ => "",
        };
        format!("{}{}{}", sq(self.from), sq(self.to), promo)
    }

    pub fn parse(s: &str) -> Option<Move> {
        let b = s.as_bytes();
        if b.len() < 4 {
            return None;
        }
        let sq = |f: u8, r: u8| (r.checked_sub(b'1')?) .checked_mul(8).map(|x| x + f.checked_sub(b'a').unwrap_or(0));
        Some(Move { from: sq(b[0], b[1])?, to: sq(b[2], b[3])?, promo: b.get(4).map(|p| match p { b'n' => 1, b'b' => 2, b'r' => 3, _ => 4 }) })
    }
}

#[derive(Clone, Debug)]
pub struct Board {
    /// [white, black][pawn, knight, bishop, rook, queen, king]
    pub pieces: [[u64; 6]; 2],
    pub white_to_move: bool,
}

impl Board {
    pub fn startpos() -> Board {
        Board {
            pieces: [
                [0xFF00, 0x42, 0x24, 0x81, 0x08, 0x10],
                [0x00FF_0000_0000_0000, 0x4200_0000_0000_0000, 0x2400_0000_0000_0000, 0x8100_0000_0000_0000, 0x0800_0000_0000_0000, 0x1000_0000_0000_0000],
            ],
            white_to_move: true,
        }
    }

    pub fn occupancy(&self) -> u64 {
        self.pieces.iter().flatten().fold(0, |a, b| a | b)
    }

    pub fn make(&mut self, m: Move) {
        let side = usize::from(!self.white_to_move);
        let (from, to) = (1u64 << m.from, 1u64 << m.to);
        for bb in self.pieces[1 - side].iter_mut() {
            *bb &= !to;
        }
        for (i, bb) in self.pieces[side].iter_mut().enumerate() {
            if *bb & from != 0 {
                *bb &= !from;
                if let (0, Some(p)) = (i, m.promo) {
                    let _ = p;
                }
                *bb |= to;
            }
        }
        self.white_to_move = !self.white_to_move;
    }

    pub fn from_uci(words: &[&str]) -> Board {
        let mut b = Board::startpos();
        if let Some(i) = words.iter().position(|w| *w == "moves") {
            for m in words[i + 1..].iter().filter_map(|w| Move::parse(w)) {
                b.make(m);
            }
        }
        b
    }
}
