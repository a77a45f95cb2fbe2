use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn};

mod detect;
mod report;

/// Excludes a function from coverage reports on coverage builds.
#[proc_macro_attribute]
pub fn exclude(_attr: TokenStream, item: TokenStream) -> TokenStream {
    let f = parse_macro_input!(item as ItemFn);
    if detect::coverage_build() {
        report::session_start();
        quote!(#[cfg_attr(coverage_nightly, coverage(off))] #f).into()
    } else {
        quote!(#f).into()
    }
}

/// Marks a function whose hit count should be reported separately.
#[proc_macro_attribute]
pub fn track(_attr: TokenStream, item: TokenStream) -> TokenStream {
    let f = parse_macro_input!(item as ItemFn);
    if detect::coverage_build() {
        report::session_start();
    }
    quote!(#f).into()
}
