//! Piecewise-linear fan curve with hysteresis on the way down.

pub struct Curve {
    points: Vec<(i32, u8)>,
    hysteresis: i32,
    last_temp: Option<i32>,
}

impl Curve {
    pub fn new(mut points: Vec<(i32, u8)>, hysteresis: i32) -> Self {
        points.sort_by_key(|p| p.0);
        Curve { points, hysteresis: hysteresis.max(0), last_temp: None }
    }

    fn interpolate(&self, t: i32) -> u8 {
        let Some(first) = self.points.first() else { return 255 };
        if t <= first.0 {
            return first.1;
        }
        for w in self.points.windows(2) {
            let ((t0, d0), (t1, d1)) = (w[0], w[1]);
            if t <= t1 {
                let span = (t1 - t0).max(1) as f32;
                let f = (t - t0) as f32 / span;
                return (d0 as f32 + f * (d1 as f32 - d0 as f32)).round() as u8;
            }
        }
        self.points.last().map(|p| p.1).unwrap_or(255)
    }

    pub fn duty(&mut self, t: i32) -> u8 {
        let effective = match self.last_temp {
            Some(prev) if t < prev && prev - t < self.hysteresis => prev,
            _ => t,
        };
        self.last_temp = Some(effective);
        self.interpolate(effective)
    }
}
