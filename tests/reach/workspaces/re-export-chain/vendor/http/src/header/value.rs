/// A header value: visible ASCII bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderValue {
    inner: Vec<u8>,
}

impl HeaderValue {
    pub fn from_static(src: &'static str) -> HeaderValue {
        HeaderValue { inner: src.as_bytes().to_vec() }
    }

    pub fn to_str(&self) -> Option<&str> {
        ::std::str::from_utf8(&self.inner).ok()
    }
}
