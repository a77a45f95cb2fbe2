pub fn npv_cont(rate: f64, flows: &[f64], times: &[f64]) -> f64 {
    flows.iter().zip(times).map(|(c, t)| c * (-rate * t).exp()).sum()
}

fn bond_price(y: f64, coupon: f64, years: f64, freq: u32) -> f64 {
    let f = freq.max(1) as f64;
    let n = (years * f).ceil() as i32;
    let c = coupon * 100.0 / f;
    let mut p = 0.0;
    for k in 1..=n {
        let t = years - (n - k) as f64 / f;
        p += c / (1.0 + y / f).powf(t * f);
    }
    p + 100.0 / (1.0 + y / f).powf(years * f)
}

/// Newton's method on price(y) - price.
pub fn bond_yield(price: f64, coupon: f64, settle: f64, maturity: f64, freq: u32) -> Option<f64> {
    let years = (maturity - settle) / 365.25;
    if years <= 0.0 || price <= 0.0 {
        return None;
    }
    let mut y = coupon.max(0.01);
    for _ in 0..100 {
        let p = bond_price(y, coupon, years, freq) - price;
        let d = (bond_price(y + 1e-6, coupon, years, freq) - bond_price(y - 1e-6, coupon, years, freq)) / 2e-6;
        if d.abs() < 1e-12 {
            return None;
        }
        let next = y - p / d;
        if (next - y).abs() < 1e-10 {
            return Some(next);
        }
        y = next;
    }
    None
}
