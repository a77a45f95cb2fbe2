//! `describe()`: per-column summary statistics through the shared `exploration` helpers, so the
//! numbers match the notebook service exactly.

use polars::prelude::*;

pub fn summary(df: &DataFrame) -> Result<String, String> {
    let mut out = String::new();
    for s in df.get_columns() {
        let values: Vec<f64> = match s.cast(&DataType::Float64) {
            Ok(c) => c.f64().map_err(|e| e.to_string())?.into_no_null_iter().collect(),
            Err(_) => continue,
        };
        let stats = exploration::Summary::from_slice(&values);
        out.push_str(&format!(
            "{:<20} n={:<8} mean={:<12.4} sd={:<12.4} min={:<10.3} p50={:<10.3} max={:.3}\n",
            s.name(), stats.count, stats.mean, stats.std_dev, stats.min, stats.median, stats.max
        ));
    }
    Ok(out)
}
