//! `obf!("...")` string literal obfuscation.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, LitStr};

/// SplitMix64 step, used as the keystream generator.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn fnv64(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// Build seed: `STROBF_SEED` (reproducible builds) or the literal's span
/// location and the crate name.
fn seed(lit: &LitStr) -> u64 {
    if let Ok(s) = std::env::var("STROBF_SEED") {
        return fnv64(s.as_bytes()) ^ fnv64(lit.value().as_bytes()).rotate_left(17);
    }
    let krate = std::env::var("CARGO_PKG_NAME").unwrap_or_default();
    let site = format!("{:?}", lit.span());
    fnv64(krate.as_bytes()) ^ fnv64(site.as_bytes()).rotate_left(29) ^ lit.value().len() as u64
}

/// Expands to an expression of type `String`.
#[proc_macro]
pub fn obf(input: TokenStream) -> TokenStream {
    let lit = parse_macro_input!(input as LitStr);
    let plain = lit.value().into_bytes();
    let key = seed(&lit);
    let mut st = key;
    let enc: Vec<u8> = plain.iter().map(|b| b ^ splitmix(&mut st) as u8).collect();
    let n = enc.len();
    quote! {
        {
            const ENC: [u8; #n] = [#(#enc),*];
            let mut st: u64 = #key;
            let mut out = ::std::vec::Vec::with_capacity(#n);
            for b in ENC.iter() {
                st = st.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = st;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                out.push(*b ^ ((z ^ (z >> 31)) as u8));
            }
            // SAFETY: the input was a Rust string literal, so the decoded bytes are UTF-8.
            unsafe { ::std::string::String::from_utf8_unchecked(::core::hint::black_box(out)) }
        }
    }
    .into()
}

/// Same, but yields `[u8; N]` (for byte keys and signatures).
#[proc_macro]
pub fn obf_bytes(input: TokenStream) -> TokenStream {
    let lit = parse_macro_input!(input as LitStr);
    let plain = lit.value().into_bytes();
    let key = seed(&lit);
    let mut st = key;
    let enc: Vec<u8> = plain.iter().map(|b| b ^ splitmix(&mut st) as u8).collect();
    let n = enc.len();
    quote! {
        {
            const ENC: [u8; #n] = [#(#enc),*];
            let mut st: u64 = #key;
            let mut out = [0u8; #n];
            for (o, b) in out.iter_mut().zip(ENC.iter()) {
                st = st.wrapping_add(0x9E37_79B9_7F4A_7C15);
                let mut z = st;
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                *o = *b ^ ((z ^ (z >> 31)) as u8);
            }
            ::core::hint::black_box(out)
        }
    }
    .into()
}
