//! Hydrometer temperature correction.
//!
//! The density of water between 0 and 60 C is tabulated once, on first
//! use, at 0.1 C resolution (the polynomial is slow enough to matter in
//! fermentation-log imports with 10^5 rows).

use std::sync::LazyLock;

pub(crate) struct Table {
    step: f64,
    rows: Vec<f64>,
}

pub(crate) static CORRECTION: LazyLock<Table> = LazyLock::new(|| {
    let t = Table::build(0.1, 60.0);
    crate::drift::watch();
    t
});

impl Table {
    fn build(step: f64, max_c: f64) -> Table {
        let n = (max_c / step) as usize + 1;
        let rows = (0..n).map(|i| density_of_water(i as f64 * step)).collect();
        Table { step, rows }
    }

    /// Relative density factor at `c` degrees (linear interpolation).
    pub(crate) fn factor(&self, c: f64) -> f64 {
        let x = (c.clamp(0.0, (self.rows.len() - 1) as f64 * self.step)) / self.step;
        let i = x.floor() as usize;
        let j = (i + 1).min(self.rows.len() - 1);
        let t = x - i as f64;
        1.0 / (self.rows[i] * (1.0 - t) + self.rows[j] * t)
    }
}

/// Kell's formula, g/cm^3.
fn density_of_water(t: f64) -> f64 {
    (999.83952 + 16.945176 * t - 7.9870401e-3 * t * t - 46.170461e-6 * t.powi(3) + 105.56302e-9 * t.powi(4)
        - 280.54253e-12 * t.powi(5))
        / (1.0 + 16.879850e-3 * t)
        / 1000.0
}
