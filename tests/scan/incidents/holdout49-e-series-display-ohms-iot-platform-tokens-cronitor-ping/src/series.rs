/// A preferred-number series. Values are the mantissas of one decade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    E6,
    E12,
    E24,
    E48,
    E96,
}

const E6: [u16; 6] = [10, 15, 22, 33, 47, 68];
const E12: [u16; 12] = [10, 12, 15, 18, 22, 27, 33, 39, 47, 56, 68, 82];
const E24: [u16; 24] = [
    10, 11, 12, 13, 15, 16, 18, 20, 22, 24, 27, 30, 33, 36, 39, 43, 47, 51, 56, 62, 68, 75, 82, 91,
];
pub(crate) const E96: [u16; 96] = [
    100, 102, 105, 107, 110, 113, 115, 118, 121, 124, 127, 130, 133, 137, 140, 143, 147, 150, 154,
    158, 162, 165, 169, 174, 178, 182, 187, 191, 196, 200, 205, 210, 215, 221, 226, 232, 237, 243,
    249, 255, 261, 267, 274, 280, 287, 294, 301, 309, 316, 324, 332, 340, 348, 357, 365, 374, 383,
    392, 402, 412, 422, 432, 442, 453, 464, 475, 487, 499, 511, 523, 536, 549, 562, 576, 590, 604,
    619, 634, 649, 665, 681, 698, 715, 732, 750, 768, 787, 806, 825, 845, 866, 887, 909, 931, 953,
    976,
];

impl Series {
    fn mantissas(self) -> Vec<f64> {
        match self {
            Series::E6 => E6.iter().map(|&m| m as f64 / 10.0).collect(),
            Series::E12 => E12.iter().map(|&m| m as f64 / 10.0).collect(),
            Series::E24 => E24.iter().map(|&m| m as f64 / 10.0).collect(),
            Series::E48 => E96.iter().step_by(2).map(|&m| m as f64 / 100.0).collect(),
            Series::E96 => E96.iter().map(|&m| m as f64 / 100.0).collect(),
        }
    }

    /// All values of the series between `lo` and `hi` (inclusive).
    pub fn values(self, lo: f64, hi: f64) -> Vec<f64> {
        let mut out = Vec::new();
        let mut decade = 10f64.powi(lo.log10().floor() as i32);
        while decade <= hi {
            for m in self.mantissas() {
                let v = round_sig(m * decade);
                if v >= lo && v <= hi {
                    out.push(v);
                }
            }
            decade *= 10.0;
        }
        out
    }

    /// The series value closest to `x` on a logarithmic scale.
    pub fn nearest(self, x: f64) -> f64 {
        assert!(x > 0.0, "value must be positive");
        let decade = 10f64.powi(x.log10().floor() as i32);
        let m = x / decade;
        let mut best = (f64::MAX, 1.0);
        for cand in self.mantissas().into_iter().chain([10.0]) {
            let d = (cand.ln() - m.ln()).abs();
            if d < best.0 {
                best = (d, cand);
            }
        }
        round_sig(best.1 * decade)
    }

    /// Position of a value's mantissa in this series, if it belongs to it.
    pub fn index_of(self, x: f64) -> Option<usize> {
        let decade = 10f64.powi(x.log10().floor() as i32);
        let m = round_sig(x / decade);
        self.mantissas().iter().position(|&c| (c - m).abs() < 1e-9)
    }
}

pub(crate) fn round_sig(x: f64) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    let p = 10f64.powi(2 - x.abs().log10().floor() as i32);
    (x * p).round() / p
}
