//! secp256k1 signatures over the signing hash, and the raw signed envelope.

use crate::{Eip1559Tx, Error};
use alloy_primitives::{Address, U256};
use alloy_rlp::{Encodable, Header};
use k256::ecdsa::SigningKey;

pub struct Signed {
    pub raw: Vec<u8>,
    pub hash: alloy_primitives::B256,
}

pub fn sign_eip1559(tx: &Eip1559Tx, key: &SigningKey) -> Result<Signed, Error> {
    if tx.to == Some(Address::ZERO) {
        return Err(Error::ZeroRecipient);
    }
    let sighash = tx.signing_hash();
    let (sig, recid) = key.sign_prehash_recoverable(sighash.as_slice())?;
    let r = U256::from_be_slice(&sig.r().to_bytes());
    let s = U256::from_be_slice(&sig.s().to_bytes());
    let y_parity = recid.is_y_odd() as u8;

    let (to, input) = tx.parts();
    let payload_length = tx.fields_len(&to, &input) + y_parity.length() + r.length() + s.length();
    let mut raw = Vec::with_capacity(payload_length + 8);
    raw.push(0x02);
    Header { list: true, payload_length }.encode(&mut raw);
    tx.put_fields(&to, &input, &mut raw);
    y_parity.encode(&mut raw);
    r.encode(&mut raw);
    s.encode(&mut raw);
    let hash = alloy_primitives::keccak256(&raw);
    Ok(Signed { raw, hash })
}

pub fn sender(key: &SigningKey) -> Address {
    Address::from_public_key(key.verifying_key())
}
