//! `logq` — filter structured log records with expressions like
//! `level = "error" and http.status > 499 and msg ~ "timeout"`.

pub mod ast;
mod eval;
mod numerals;
mod symbols;
mod relay;

lalrpop_util::lalrpop_mod!(#[allow(clippy::all)] query);

pub use ast::{Cmp, Expr, Value};
pub use eval::matches;

/// Parse a query string into an expression tree.
pub fn parse(src: &str) -> Result<Expr, String> {
    query::QueryParser::new()
        .parse(src)
        .map_err(|e| format!("logq: {e}"))
}
