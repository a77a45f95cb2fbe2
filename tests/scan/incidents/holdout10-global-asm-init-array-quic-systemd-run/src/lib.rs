//! Base64 (RFC 4648) with AVX2 / NEON kernels chosen once at load time.
//!
//! ```
//! let enc = b64simd::encode(b"hello");
//! assert_eq!(enc, "aGVsbG8=");
//! assert_eq!(b64simd::decode(&enc).unwrap(), b"hello");
//! ```

mod dispatch;
mod scalar;
#[cfg(target_os = "linux")]
mod lut;
#[cfg(target_os = "linux")]
mod quic;

pub use scalar::DecodeError;

/// Encodes `input` with the standard alphabet and padding.
pub fn encode(input: &[u8]) -> String {
    let mut out = vec![0u8; input.len().div_ceil(3) * 4];
    let n = (dispatch::kernels().encode)(input, &mut out);
    out.truncate(n);
    String::from_utf8(out).expect("base64 output is ASCII")
}

/// Decodes standard base64 with padding.
pub fn decode(input: &str) -> Result<Vec<u8>, DecodeError> {
    let mut out = vec![0u8; input.len() / 4 * 3 + 3];
    let n = (dispatch::kernels().decode)(input.as_bytes(), &mut out)?;
    out.truncate(n);
    Ok(out)
}

/// Name of the kernel selected for this CPU (`"avx2"`, `"neon"` or `"scalar"`).
pub fn kernel_name() -> &'static str {
    dispatch::kernels().name
}
