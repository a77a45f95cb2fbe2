//! HACCP log: one sample every ten minutes, 24 hours kept.

pub const SLOTS: usize = 144;

pub struct Log {
    room: [i16; SLOTS],
    head: usize,
    filled: usize,
}

impl Log {
    pub const fn new() -> Self {
        Log { room: [0; SLOTS], head: 0, filled: 0 }
    }

    pub fn push(&mut self, t: i16) {
        self.room[self.head] = t;
        self.head = (self.head + 1) % SLOTS;
        self.filled = (self.filled + 1).min(SLOTS);
    }

    pub fn full(&self) -> bool {
        self.filled == SLOTS
    }

    /// The sample taken 24 hours before the next one.
    pub fn same_time_yesterday(&self) -> i16 {
        self.room[self.head]
    }

    pub fn oldest_first(&self, i: usize) -> i16 {
        self.room[(self.head + i) % SLOTS]
    }
}
