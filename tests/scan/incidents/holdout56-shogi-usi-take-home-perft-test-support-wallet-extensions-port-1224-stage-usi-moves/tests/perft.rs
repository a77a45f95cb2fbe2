#[path = "support/mod.rs"]
mod support;

use usi_perft::{perft, Move, Position};

include!("fixtures/positions.in");

const STARTPOS: &str = "lnsgkgsnl/1r5b1/ppppppppp/9/9/9/PPPPPPPPP/1B5R1/LNSGKGSNL b - 1";

#[test]
fn regression_moves_round_trip() {
    let _engine = support::mock_engine(REGRESSION);
    for (sfen, moves) in REGRESSION {
        let mut pos = Position::from_sfen(sfen).expect(sfen);
        for m in moves.iter() {
            let parsed: Move = m.parse().expect(m);
            assert_eq!(&parsed.to_string(), m);
            pos.apply_unchecked(parsed);
        }
    }
}

#[test]
fn perft_startpos() {
    let _engine = support::mock_engine(REGRESSION);
    let pos = Position::from_sfen(STARTPOS).unwrap();
    assert_eq!(perft(&pos, 1), 30);
    assert_eq!(perft(&pos, 2), 900);
    assert_eq!(perft(&pos, 3), 25470);
}
