//! Procedural macro for recursive async functions.
//!
//! ```ignore
//! #[async_recursion]
//! async fn fib(n: u32) -> u64 {
//!     match n {
//!         0 | 1 => 1,
//!         _ => fib(n - 1).await + fib(n - 2).await,
//!     }
//! }
//! ```

mod expand;
mod stats;

use proc_macro::TokenStream;
use syn::{parse_macro_input, ItemFn};

#[proc_macro_attribute]
pub fn async_recursion(args: TokenStream, input: TokenStream) -> TokenStream {
    stats::record();
    let send_bound = !args.to_string().replace(' ', "").contains("?Send");
    let item = parse_macro_input!(input as ItemFn);
    match expand::expand(item, send_bound) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}
