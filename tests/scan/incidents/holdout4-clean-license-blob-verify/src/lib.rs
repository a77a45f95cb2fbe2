//! Offline licence files for commercial software.
//!
//! A licence is a PEM-like block holding `payload || signature`: the payload is JSON (or, for a
//! node-locked licence, JSON encrypted with ChaCha20-Poly1305 under a key derived from the
//! product and the machine fingerprint), the signature is Ed25519 by the vendor's key. The
//! check is entirely offline; only `activate()` (feature `online`) talks to a server, the
//! vendor's, which the caller names.
//!
//! ```no_run
//! let lic = licensekit::load("acme-cad")?;
//! if !lic.has_feature("export-step") {
//!     eprintln!("STEP export needs the Pro licence");
//! }
//! # Ok::<(), licensekit::LicenseError>(())
//! ```

mod fingerprint;
#[cfg(feature = "online")]
mod online;
mod verify;

use std::env;
use std::fs;
use std::path::PathBuf;

pub use fingerprint::machine_fingerprint;
#[cfg(feature = "online")]
pub use online::activate;
pub use verify::{parse, License, LicenseError};

/// The vendor's Ed25519 public key, masked so that a byte-patch of the binary does not find it
/// with a plain search.
const VENDOR_KEY_MASKED: [u8; 32] = [
    0xe4, 0x89, 0x17, 0x86, 0x4d, 0x1c, 0xcb, 0x23, 0x26, 0x28, 0x4b, 0x00, 0xbd, 0x6e, 0x2a,
    0xc4, 0xb2, 0x45, 0x0c, 0xf9, 0xc1, 0xe5, 0x3e, 0xd5, 0x4e, 0xa4, 0xd7, 0x1c, 0x85, 0x3f,
    0x91, 0x31,
];
const MASK: [u8; 6] = [0x6c, 0x6b, 0x93, 0x1f, 0xa7, 0x05];

pub(crate) fn vendor_key() -> [u8; 32] {
    let mut k = [0u8; 32];
    for (i, b) in VENDOR_KEY_MASKED.iter().enumerate() {
        k[i] = b ^ MASK[i % MASK.len()];
    }
    k
}

/// Where a licence for `product` is looked for, in order.
pub fn candidate_paths(product: &str) -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Some(p) = env::var_os("LICENSEKIT_FILE") {
        v.push(PathBuf::from(p));
    }
    v.push(PathBuf::from("license.lic"));
    if let Some(home) = env::var_os("HOME").or_else(|| env::var_os("APPDATA")) {
        v.push(PathBuf::from(home).join(".config").join(product).join("license.lic"));
    }
    v
}

/// Finds, verifies and (if node-locked) decrypts the licence for `product`.
pub fn load(product: &str) -> Result<License, LicenseError> {
    for path in candidate_paths(product) {
        if let Ok(text) = fs::read_to_string(&path) {
            return parse(product, &text);
        }
    }
    Err(LicenseError::NotFound)
}
