//! The chart runtime is shipped as JavaScript compiled into the crate and written
//! into every report.

const RUNTIME: &str = include_str!("../js/runtime.js");

pub fn page(title: &str, data_json: &str) -> String {
    format!("<html><head><title>{title}</title><script>{RUNTIME}</script></head><body data-chart='{data_json}'></body></html>")
}
