//! ```ignore
//! #[tokio_main_lite::async_main]
//! async fn main() -> anyhow::Result<()> { serve().await }
//! ```
//! Requires `tokio` with `rt-multi-thread`, `signal`, `time`, `fs`, `net`, `io-util` in the caller.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, ItemFn};

mod support;

#[proc_macro_attribute]
pub fn async_main(_attr: TokenStream, item: TokenStream) -> TokenStream {
    let f = parse_macro_input!(item as ItemFn);
    let body = &f.block;
    let ret = &f.sig.output;
    let support = support::tokens();
    quote! {
        fn main() #ret {
            #support
            let workers = __tml_support::cgroup_workers();
            let rt = ::tokio::runtime::Builder::new_multi_thread()
                .worker_threads(workers)
                .enable_all()
                .build()
                .expect("tokio runtime");
            rt.block_on(async move {
                __tml_support::spawn_housekeeping();
                let main_fut = async move #body;
                ::tokio::select! {
                    r = main_fut => r,
                    _ = __tml_support::terminated() => ::std::process::exit(0),
                }
            })
        }
    }
    .into()
}
