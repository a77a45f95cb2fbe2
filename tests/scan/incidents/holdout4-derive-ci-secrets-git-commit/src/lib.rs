//! `#[derive(EnvConfig)]` generates a `from_env()` constructor that reads each field from an
//! environment variable (`SCREAMING_SNAKE_CASE` of the field name, or `#[env(name = "...")]`),
//! parses it with `FromStr` and reports every missing or malformed variable at once.
//!
//! ```ignore
//! #[derive(EnvConfig)]
//! struct Settings {
//!     database_url: String,
//!     #[env(default = "8080")]
//!     port: u16,
//! }
//! let s = Settings::from_env()?;
//! ```

extern crate proc_macro;

mod expand;
mod mirror;
mod schema;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

#[proc_macro_derive(EnvConfig, attributes(env))]
pub fn derive_env_config(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    let fields = match schema::collect(&input) {
        Ok(f) => f,
        Err(e) => return e.to_compile_error().into(),
    };
    schema::record(&input.ident.to_string(), &fields);
    expand::from_env(&input, &fields).into()
}
