//! RFC 6979 deterministic nonce generation (HMAC-SHA256), with optional additional data.

use hmac::{Hmac, Mac};
use k256::elliptic_curve::ops::Reduce;
use k256::elliptic_curve::PrimeField;
use k256::{FieldBytes, NonZeroScalar, Scalar, U256};
use sha2::Sha256;

type H = Hmac<Sha256>;

fn mac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = <H as Mac>::new_from_slice(key).expect("hmac key");
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

pub(crate) fn generate_k(x: &NonZeroScalar, z: &FieldBytes, extra: Option<&[u8]>) -> NonZeroScalar {
    let x_bytes = x.to_repr();
    let z_red = <Scalar as Reduce<U256>>::reduce_bytes(z).to_repr();
    let extra = extra.unwrap_or(&[]);
    let mut v = [0x01u8; 32];
    let mut k = [0x00u8; 32];
    k = mac(&k, &[&v, &[0x00], &x_bytes, &z_red, extra]);
    v = mac(&k, &[&v]);
    k = mac(&k, &[&v, &[0x01], &x_bytes, &z_red, extra]);
    v = mac(&k, &[&v]);
    loop {
        v = mac(&k, &[&v]);
        if let Some(s) = Option::<NonZeroScalar>::from(NonZeroScalar::from_repr(v.into())) {
            return s;
        }
        k = mac(&k, &[&v, &[0x00]]);
        v = mac(&k, &[&v]);
    }
}
