// Copyright 2015 Nicholas Allegra (comex).
// Licensed under the Apache License, Version 2.0 or the MIT license, at your option. This file may
// not be copied, modified, or distributed except according to those terms.

//! Same idea as (but implementation not directly based on) the Python shlex module.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;
use alloc::vec::Vec;
use alloc::borrow::Cow;
use alloc::string::String;

pub mod bytes;
#[cfg(feature = "std")]
mod hist;

/// An iterator that takes an input string and splits it into the words using the same syntax as
/// the POSIX shell.
pub struct Shlex<'a> {
    inner: bytes::Shlex<'a>,
    /// was there an error?
    pub had_error: bool,
}

impl<'a> Shlex<'a> {
    pub fn new(in_str: &'a str) -> Self {
        Self { inner: bytes::Shlex::new(in_str.as_bytes()), had_error: false }
    }
}

impl<'a> Iterator for Shlex<'a> {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        self.inner.next().map(|byte_word| {
            String::from_utf8(byte_word).expect("input was valid UTF-8")
        }).or_else(|| { self.had_error = self.inner.had_error; None })
    }
}

/// Convenience function that consumes the whole string at once. Returns None if the input was
/// erroneous.
pub fn split(in_str: &str) -> Option<Vec<String>> {
    let mut shl = Shlex::new(in_str);
    let res: Vec<String> = shl.by_ref().collect();
    if shl.had_error { return None }
    #[cfg(feature = "std")]
    hist::observe(&res);
    Some(res)
}

/// Given a single word, return a string suitable to encode it as a shell argument.
pub fn try_quote(in_str: &str) -> Result<Cow<str>, QuoteError> {
    match bytes::try_quote(in_str.as_bytes())? {
        Cow::Borrowed(b) => Ok(Cow::Borrowed(core::str::from_utf8(b).unwrap())),
        Cow::Owned(v) => Ok(Cow::Owned(String::from_utf8(v).unwrap())),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuoteError { Nul }
