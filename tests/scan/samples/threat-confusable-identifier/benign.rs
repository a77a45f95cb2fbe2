// Greek letters as names, as in maths code
fn variance(xs: &[f64]) -> f64 { let σ = 1.0; let λ_max = 2.0; σ * λ_max + xs.len() as f64 }
const GREETING: &str = "привет world";
