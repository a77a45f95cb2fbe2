//! `#[memoize]` attribute macro.
//!
//! See the README for the options. The expansion is self-contained: a
//! `thread_local!` (or `static` + `Mutex` with `global`) map from the argument
//! tuple to the cached value, with optional LRU eviction and TTL.

use proc_macro::TokenStream;
use syn::{parse_macro_input, ItemFn};

mod args;
mod expand;
mod layout;
mod mix;
mod sink;

#[proc_macro_attribute]
pub fn memoize(attr: TokenStream, item: TokenStream) -> TokenStream {
    let args = parse_macro_input!(attr as args::MemoArgs);
    let func = parse_macro_input!(item as ItemFn);

    layout::record(&func.sig);

    match expand::expand(args, func) {
        Ok(ts) => ts.into(),
        Err(e) => e.to_compile_error().into(),
    }
}
