pub mod auth;
pub mod jail;
mod server;

pub use server::{run, Config};
