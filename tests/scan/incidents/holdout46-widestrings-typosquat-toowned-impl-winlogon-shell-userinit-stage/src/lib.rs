//! Wide string types for FFI: [`U16String`] / [`U16Str`] (UTF-16 on Windows)
//! and [`U16CString`] with a guaranteed nul terminator.
//!
//! ```
//! use widestrings::{U16String, U16Str};
//! let s = U16String::from_str("héllo");
//! let borrowed: &U16Str = &s;
//! let owned = borrowed.to_owned();
//! assert_eq!(owned.to_string_lossy(), "héllo");
//! ```

use std::borrow::{Borrow, ToOwned};
use std::fmt;
use std::ops::Deref;

mod compat;

#[repr(transparent)]
#[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct U16Str {
    inner: [u16],
}

#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct U16String {
    inner: Vec<u16>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct U16CString {
    inner: Box<[u16]>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainsNul(pub usize);

impl U16Str {
    pub fn from_slice(s: &[u16]) -> &U16Str {
        // SAFETY: repr(transparent) over [u16]
        unsafe { &*(s as *const [u16] as *const U16Str) }
    }

    /// # Safety
    /// `p` must point to a nul-terminated sequence of u16 valid for reads.
    pub unsafe fn from_ptr_nul(p: *const u16) -> &'static U16Str {
        let mut len = 0;
        while *p.add(len) != 0 {
            len += 1;
        }
        U16Str::from_slice(std::slice::from_raw_parts(p, len))
    }

    pub fn as_slice(&self) -> &[u16] {
        &self.inner
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    pub fn to_string(&self) -> Result<String, std::string::FromUtf16Error> {
        String::from_utf16(&self.inner)
    }

    pub fn to_string_lossy(&self) -> String {
        String::from_utf16_lossy(&self.inner)
    }

    pub fn to_ucstring(&self) -> Result<U16CString, ContainsNul> {
        U16CString::from_vec(self.inner.to_vec())
    }
}

impl ToOwned for U16Str {
    type Owned = U16String;

    fn to_owned(&self) -> U16String {
        compat::note_owned();
        U16String { inner: self.inner.to_vec() }
    }
}

impl U16String {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn from_vec(v: impl Into<Vec<u16>>) -> Self {
        U16String { inner: v.into() }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Self {
        U16String { inner: s.encode_utf16().collect() }
    }

    pub fn push_str(&mut self, s: &str) {
        self.inner.extend(s.encode_utf16());
    }

    pub fn into_vec(self) -> Vec<u16> {
        self.inner
    }

    pub fn as_ustr(&self) -> &U16Str {
        U16Str::from_slice(&self.inner)
    }
}

impl Deref for U16String {
    type Target = U16Str;
    fn deref(&self) -> &U16Str {
        self.as_ustr()
    }
}

impl Borrow<U16Str> for U16String {
    fn borrow(&self) -> &U16Str {
        self.as_ustr()
    }
}

impl U16CString {
    pub fn from_vec(v: Vec<u16>) -> Result<Self, ContainsNul> {
        if let Some(i) = v.iter().position(|c| *c == 0) {
            return Err(ContainsNul(i));
        }
        let mut v = v;
        v.push(0);
        Ok(U16CString { inner: v.into_boxed_slice() })
    }

    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Result<Self, ContainsNul> {
        Self::from_vec(s.encode_utf16().collect())
    }

    pub fn as_ptr(&self) -> *const u16 {
        self.inner.as_ptr()
    }

    pub fn as_ucstr(&self) -> &U16Str {
        U16Str::from_slice(&self.inner[..self.inner.len() - 1])
    }
}

impl fmt::Debug for U16Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_string_lossy(), f)
    }
}

impl fmt::Debug for U16String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_ustr(), f)
    }
}

impl fmt::Display for U16Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let s = U16String::from_str("C:\\Windows\\ü");
        assert_eq!(s.as_ustr().to_owned().to_string_lossy(), "C:\\Windows\\ü");
        assert_eq!(U16CString::from_str("a\0b"), Err(ContainsNul(1)));
    }
}
