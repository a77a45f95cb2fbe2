//! Move notation: `3-1: 8/5 6/5`, bear-offs as `3/off`, bar as `bar/22`.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Bar,
    Board(u8),
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub from: Point,
    pub to: Point,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Turn {
    pub dice: (u8, u8),
    pub moves: Vec<Move>,
}

fn point(s: &str) -> Option<Point> {
    match s {
        "bar" => Some(Point::Bar),
        "off" => Some(Point::Off),
        n => n.parse().ok().filter(|p| (1..=24).contains(p)).map(Point::Board),
    }
}

pub fn parse_turn(s: &str) -> Option<Turn> {
    let (dice, moves) = s.split_once(':')?;
    let (a, b) = dice.trim().split_once('-')?;
    let d = (a.parse().ok()?, b.parse().ok()?);
    if !(1..=6).contains(&d.0) || !(1..=6).contains(&d.1) {
        return None;
    }
    let moves = moves
        .split_whitespace()
        .map(|m| {
            let (f, t) = m.split_once('/')?;
            Some(Move { from: point(f)?, to: point(t)? })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Turn { dice: d, moves })
}

impl Move {
    /// Pips moved (bear-offs count to point 0).
    pub fn pips(&self) -> u8 {
        let from = match self.from {
            Point::Bar => 25,
            Point::Board(p) => p,
            Point::Off => 0,
        };
        let to = match self.to {
            Point::Board(p) => p,
            _ => 0,
        };
        from.saturating_sub(to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_move() {
        let t = parse_turn("3-1: 8/5 6/5").unwrap();
        assert_eq!(t.dice, (3, 1));
        assert_eq!(t.moves[0].pips(), 3);
        assert_eq!(parse_turn("6-5: 24/off").unwrap().moves[0].to, Point::Off);
    }
}
