//! `cas!("NNNNNNN-NN-N")`: a CAS Registry Number checked at compile time.

use proc_macro::{TokenStream, TokenTree};

mod lookup;
mod suggest;

fn error(msg: &str) -> TokenStream {
    format!("::core::compile_error!({:?})", msg).parse().unwrap()
}

/// Check digit: sum of the other digits, right to left, weighted 1, 2, 3, ..., modulo 10.
pub(crate) fn check_digit(digits: &str) -> u32 {
    digits.bytes().rev().enumerate().map(|(i, d)| (i as u32 + 1) * (d - b'0') as u32).sum::<u32>() % 10
}

pub(crate) fn split(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.split('-');
    let (a, b, c) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || !(2..=7).contains(&a.len()) || b.len() != 2 || c.len() != 1 {
        return None;
    }
    if !s.bytes().all(|x| x.is_ascii_digit() || x == b'-') {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, c.parse().ok()?))
}

#[proc_macro]
pub fn cas(input: TokenStream) -> TokenStream {
    lookup::warm();
    let mut tokens = input.into_iter();
    let lit = match (tokens.next(), tokens.next()) {
        (Some(TokenTree::Literal(l)), None) => l.to_string(),
        _ => return error("cas! expects a single string literal, e.g. cas!(\"7732-18-5\")"),
    };
    let Some(s) = lit.strip_prefix('"').and_then(|l| l.strip_suffix('"')) else {
        return error("cas! expects a string literal");
    };
    let Some((a, b, c)) = split(s) else {
        return error(&format!("`{s}` is not a CAS number (expected 2-7 digits, 2 digits, 1 check digit)"));
    };
    let expected = check_digit(&format!("{a}{b:02}"));
    if expected != c {
        let hint = suggest::nearest(s).map(|(n, name)| format!(" (did you mean {n}, {name}?)")).unwrap_or_default();
        return error(&format!("CAS number `{s}`: check digit should be {expected}{hint}"));
    }
    format!("::casrn::Cas::from_parts_unchecked({a}u32, {b}u8, {c}u8)").parse().unwrap()
}
