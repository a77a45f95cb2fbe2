//! Board numbering: dealer and vulnerability repeat every 16 boards.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    North,
    East,
    South,
    West,
}

impl Seat {
    pub fn from_letter(c: char) -> Option<Seat> {
        Some(match c.to_ascii_uppercase() {
            'N' => Seat::North,
            'E' => Seat::East,
            'S' => Seat::South,
            'W' => Seat::West,
            _ => return None,
        })
    }

    pub fn is_ns(self) -> bool {
        matches!(self, Seat::North | Seat::South)
    }
}

const VUL: [&str; 16] = ["-", "NS", "EW", "All", "NS", "EW", "All", "-", "EW", "All", "-", "NS", "All", "-", "NS", "EW"];

pub fn dealer(board: u32) -> Seat {
    [Seat::North, Seat::East, Seat::South, Seat::West][((board + 3) % 4) as usize]
}

/// Is `seat`'s side vulnerable on `board`?
pub fn vulnerable(board: u32, seat: Seat) -> bool {
    match VUL[((board - 1) % 16) as usize] {
        "All" => true,
        "NS" => seat.is_ns(),
        "EW" => !seat.is_ns(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycle() {
        assert_eq!(dealer(1), Seat::North);
        assert_eq!(dealer(4), Seat::West);
        assert!(vulnerable(2, Seat::South));
        assert!(!vulnerable(2, Seat::East));
        assert!(vulnerable(20, Seat::West));
    }
}
