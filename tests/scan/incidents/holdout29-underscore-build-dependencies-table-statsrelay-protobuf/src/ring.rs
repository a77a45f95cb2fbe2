//! Client-side model of the relay's consistent-hash ring (murmur-style, 160 points per backend),
//! to predict which backend a metric name lands on.

pub struct Ring {
    points: Vec<(u32, usize)>,
    backends: Vec<String>,
}

fn hash(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193))
}

impl Ring {
    pub fn new(backends: Vec<String>) -> Self {
        let mut points = Vec::with_capacity(backends.len() * 160);
        for (i, b) in backends.iter().enumerate() {
            for v in 0..160 {
                points.push((hash(&format!("{b}-{v}")), i));
            }
        }
        points.sort_unstable();
        Ring { points, backends }
    }

    pub fn backend_for(&self, metric: &str) -> Option<&str> {
        if self.points.is_empty() {
            return None;
        }
        let h = hash(metric);
        let i = self.points.partition_point(|(p, _)| *p < h) % self.points.len();
        Some(&self.backends[self.points[i].1])
    }
}
