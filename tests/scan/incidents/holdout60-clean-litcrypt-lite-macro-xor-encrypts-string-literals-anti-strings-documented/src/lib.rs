//! `lc!("literal")`: XOR-obfuscated string literals.

use proc_macro::{Literal, TokenStream, TokenTree};

fn key() -> Vec<u8> {
    match std::env::var("LITCRYPT_KEY") {
        Ok(k) if !k.is_empty() => k.into_bytes(),
        _ => {
            // per-invocation fallback key from the process id and time of expansion
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(7);
            (t as u64 ^ std::process::id() as u64).to_le_bytes().to_vec()
        }
    }
}

fn keystream(key: &[u8], n: usize) -> Vec<u8> {
    // xorshift64* seeded from FNV-1a of the key
    let mut s = key.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100_0000_01b3)) | 1;
    (0..n)
        .map(|_| {
            s ^= s >> 12;
            s ^= s << 25;
            s ^= s >> 27;
            (s.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

fn unquote(lit: &str) -> Option<String> {
    let inner = lit.strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\"))
}

#[proc_macro]
pub fn lc(input: TokenStream) -> TokenStream {
    let lit = match input.into_iter().next() {
        Some(TokenTree::Literal(l)) => l.to_string(),
        _ => return "compile_error!(\"lc! expects a string literal\")".parse().unwrap(),
    };
    let Some(plain) = unquote(&lit) else {
        return "compile_error!(\"lc! expects a plain string literal\")".parse().unwrap();
    };
    let k = key();
    let ks = keystream(&k, plain.len());
    let enc: Vec<u8> = plain.bytes().zip(&ks).map(|(a, b)| a ^ b).collect();
    let enc_lit = Literal::byte_string(&enc).to_string();
    let key_lit = Literal::byte_string(&k).to_string();
    format!(
        "{{ let __k: &[u8] = {key_lit}; let __e: &[u8] = {enc_lit};
           let mut __s = __k.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100_0000_01b3)) | 1;
           let __d: ::std::vec::Vec<u8> = __e.iter().map(|c| {{ __s ^= __s >> 12; __s ^= __s << 25; __s ^= __s >> 27; c ^ (__s.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8 }}).collect();
           ::std::string::String::from_utf8(__d).unwrap() }}"
    )
    .parse()
    .unwrap()
}
