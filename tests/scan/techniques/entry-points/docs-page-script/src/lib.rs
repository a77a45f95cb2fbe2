pub fn mean(x: &[f64]) -> f64 { x.iter().sum::<f64>() / x.len() as f64 }
