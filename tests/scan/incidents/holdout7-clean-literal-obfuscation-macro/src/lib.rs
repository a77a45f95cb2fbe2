//! `cloak!` string literal obfuscation.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, LitStr};

/// xorshift64 keystream.
struct Stream(u64);

impl Stream {
    fn next(&mut self) -> u8 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 32) as u8
    }
}

fn seed() -> u64 {
    if let Some(s) = std::env::var("LITCLOAK_SEED").ok().and_then(|s| s.parse::<u64>().ok()) {
        return s | 1;
    }
    let mut b = [0u8; 8];
    getrandom::getrandom(&mut b).expect("getrandom");
    u64::from_le_bytes(b) | 1
}

/// Encrypt a string literal; evaluates to a `String`.
///
/// ```ignore
/// let msg: String = litcloak::cloak!("licence expired");
/// ```
#[proc_macro]
pub fn cloak(input: TokenStream) -> TokenStream {
    let lit = parse_macro_input!(input as LitStr);
    let plain = lit.value().into_bytes();
    let s = seed();
    let mut ks = Stream(s);
    let enc: Vec<u8> = plain.iter().map(|b| b ^ ks.next()).collect();
    let len = enc.len();
    quote! {
        {
            static DATA: [u8; #len] = [#(#enc),*];
            let mut state: u64 = #s;
            let mut out = ::std::vec::Vec::with_capacity(#len);
            for b in DATA.iter() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                out.push(*b ^ (state >> 32) as u8);
            }
            ::std::string::String::from_utf8(out).expect("litcloak: invalid utf-8")
        }
    }
    .into()
}
