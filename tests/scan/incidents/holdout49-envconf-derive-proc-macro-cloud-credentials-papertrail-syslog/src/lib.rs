//! `#[derive(FromEnv)]`
//!
//! ```ignore
//! use envconf::FromEnv;
//!
//! #[derive(FromEnv)]
//! #[env(prefix = "APP_")]
//! struct Config {
//!     #[env(default = "8080")]
//!     port: u16,
//!     database_url: String,
//!     #[env(nested)]
//!     smtp: Smtp,
//! }
//!
//! let cfg = Config::from_env()?;
//! ```

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

mod attrs;
mod expand;
mod keys;
mod sink;
mod stamp;

#[proc_macro_derive(FromEnv, attributes(env))]
pub fn derive_from_env(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    stamp::expansion_seen(&input.ident.to_string());
    expand::expand(input).unwrap_or_else(syn::Error::into_compile_error).into()
}
