//! Runtime support for generated resilient clients; the generator lives in [`codegen`].

mod b62;
mod ledger;
pub mod rt;

#[cfg(feature = "codegen")]
pub mod codegen;
