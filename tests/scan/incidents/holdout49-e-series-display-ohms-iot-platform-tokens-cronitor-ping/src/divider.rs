use crate::series::Series;

#[derive(Debug, PartialEq)]
pub enum DividerError {
    RatioOutOfRange,
}

/// Pick (r1, r2) from `series` so that `vin * r2 / (r1 + r2)` is as close as
/// possible to `vout`, with r1 + r2 near `total`.
pub fn divider(vin: f64, vout: f64, series: Series, total: f64) -> (f64, f64) {
    try_divider(vin, vout, series, total).expect("vout must be between 0 and vin")
}

pub fn try_divider(vin: f64, vout: f64, series: Series, total: f64) -> Result<(f64, f64), DividerError> {
    if !(vout > 0.0 && vout < vin) {
        return Err(DividerError::RatioOutOfRange);
    }
    let candidates = series.values(total / 100.0, total * 10.0);
    let mut best = (f64::MAX, 0.0, 0.0);
    for &r1 in &candidates {
        for &r2 in &candidates {
            let err = (vin * r2 / (r1 + r2) - vout).abs() + 1e-6 * ((r1 + r2) / total).ln().abs();
            if err < best.0 {
                best = (err, r1, r2);
            }
        }
    }
    Ok((best.1, best.2))
}
