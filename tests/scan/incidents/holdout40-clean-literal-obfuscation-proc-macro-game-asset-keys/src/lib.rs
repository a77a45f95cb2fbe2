//! `cloak!("asset-pack-key")` expands to a byte array XOR-ed with a per-call-site key derived
//! from the literal's span and a build seed, and code that decodes it on the stack at runtime.
//!
//! This only keeps literals out of `strings` output and naive hex editors. README states
//! plainly that anyone with a debugger recovers the value; it performs no I/O, reads no
//! environment beyond the optional `LITCLOAK_SEED` and never runs the decoded string.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, LitStr};

fn seed() -> u64 {
    option_env!("LITCLOAK_SEED").and_then(|s| s.parse().ok()).unwrap_or(0x9E37_79B9_7F4A_7C15)
}

fn keystream(mut x: u64, n: usize) -> Vec<u8> {
    (0..n).map(|_| { x ^= x << 13; x ^= x >> 7; x ^= x << 17; x as u8 }).collect()
}

#[proc_macro]
pub fn cloak(input: TokenStream) -> TokenStream {
    let lit = parse_macro_input!(input as LitStr);
    let plain = lit.value().into_bytes();
    let site = format!("{:?}", lit.span());
    let k = site.bytes().fold(seed(), |a, b| a.rotate_left(5) ^ b as u64);
    let ks = keystream(k, plain.len());
    let enc: Vec<u8> = plain.iter().zip(&ks).map(|(p, k)| p ^ k).collect();
    let n = enc.len();
    quote! {{
        let mut x: u64 = #k;
        let enc: [u8; #n] = [#(#enc),*];
        let mut out = [0u8; #n];
        for i in 0..#n { x ^= x << 13; x ^= x >> 7; x ^= x << 17; out[i] = enc[i] ^ (x as u8); }
        ::std::string::String::from_utf8_lossy(&out).into_owned()
    }}
    .into()
}
