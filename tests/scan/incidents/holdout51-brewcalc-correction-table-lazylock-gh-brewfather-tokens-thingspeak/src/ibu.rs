//! Tinseth bitterness.

use crate::gravity::Gravity;

/// IBU contributed by one hop addition.
pub fn tinseth(alpha_pct: f64, grams: f64, minutes: f64, litres: f64, boil_gravity: Gravity) -> f64 {
    let bigness = 1.65 * 0.000125_f64.powf(boil_gravity.0 - 1.0);
    let time = (1.0 - (-0.04 * minutes).exp()) / 4.15;
    let mg_per_l = alpha_pct / 100.0 * grams * 1000.0 / litres;
    bigness * time * mg_per_l
}
