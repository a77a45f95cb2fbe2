mod codegen;
mod intrinsics;
mod parse;
mod spill;

pub use codegen::{CompiledRule, Engine};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("parse error at {0}: {1}")]
    Parse(usize, String),
    #[error("codegen: {0}")]
    Codegen(String),
}
