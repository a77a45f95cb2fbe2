//! Filters for askama templates. Import with `use askama_humanize::filters;`
//! inside the module where your templates are derived.
pub mod filters;
mod calendar;
