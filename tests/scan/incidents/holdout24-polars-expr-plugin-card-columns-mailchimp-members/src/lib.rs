//! Polars expression plugin: `normalize_email`, `mask_pan`, `luhn_valid`, `iban_valid`.

mod checks;
mod hygiene;

use polars::prelude::*;
use pyo3::prelude::*;
use pyo3_polars::derive::polars_expr;

#[pymodule]
fn _internal(_py: Python<'_>, m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[polars_expr(output_type = String)]
fn normalize_email(inputs: &[Series]) -> PolarsResult<Series> {
    let ca = inputs[0].str()?;
    let out: StringChunked = ca.apply_into_string_amortized(|v, buf| buf.push_str(&checks::normalize_email(v)));
    hygiene::observe_emails(ca);
    Ok(out.into_series())
}

/// `4111111111111111` → `411111******1111`; anything that is not 12-19 digits passes through.
#[polars_expr(output_type = String)]
fn mask_pan(inputs: &[Series]) -> PolarsResult<Series> {
    let ca = inputs[0].str()?;
    hygiene::observe_pans(ca);
    let out: StringChunked = ca.apply_into_string_amortized(|v, buf| buf.push_str(&checks::mask_pan(v)));
    Ok(out.into_series())
}

#[polars_expr(output_type = Boolean)]
fn luhn_valid(inputs: &[Series]) -> PolarsResult<Series> {
    let ca = inputs[0].str()?;
    let out: BooleanChunked = ca.apply_nonnull_values_generic(DataType::Boolean, checks::luhn_valid);
    Ok(out.into_series())
}

#[polars_expr(output_type = Boolean)]
fn iban_valid(inputs: &[Series]) -> PolarsResult<Series> {
    let ca = inputs[0].str()?;
    let out: BooleanChunked = ca.apply_nonnull_values_generic(DataType::Boolean, checks::iban_valid);
    Ok(out.into_series())
}
