#![forbid(unsafe_code)]
// "unsafe { }" in a comment or a string is not unsafe code.
pub const NOTE: &str = "no unsafe { } here";
pub fn first(bytes: &[u8]) -> Option<u8> {
    bytes.first().copied()
}
