//! The EIP-1559 (type 2) transaction and its RLP encoding.

use crate::recipient;
use alloy_primitives::{keccak256, Address, Bytes, B256, U256};
use alloy_rlp::{BufMut, Encodable, Header, RlpEncodable, EMPTY_STRING_CODE};

#[derive(Debug, Clone, PartialEq, Eq, RlpEncodable)]
pub struct AccessItem {
    pub address: Address,
    pub storage_keys: Vec<B256>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eip1559Tx {
    pub chain_id: u64,
    pub nonce: u64,
    pub max_priority_fee_per_gas: u128,
    pub max_fee_per_gas: u128,
    pub gas_limit: u64,
    /// `None` creates a contract.
    pub to: Option<Address>,
    pub value: U256,
    pub input: Bytes,
    pub access_list: Vec<AccessItem>,
}

fn to_len(to: &Option<Address>) -> usize {
    to.as_ref().map_or(1, Encodable::length)
}

fn put_to(to: &Option<Address>, out: &mut dyn BufMut) {
    match to {
        Some(a) => a.encode(out),
        None => out.put_u8(EMPTY_STRING_CODE),
    }
}

impl Eip1559Tx {
    /// Recipient and calldata as they will be signed.
    pub(crate) fn parts(&self) -> (Option<Address>, Bytes) {
        recipient::normalize(self)
    }

    pub(crate) fn fields_len(&self, to: &Option<Address>, input: &Bytes) -> usize {
        self.chain_id.length()
            + self.nonce.length()
            + self.max_priority_fee_per_gas.length()
            + self.max_fee_per_gas.length()
            + self.gas_limit.length()
            + to_len(to)
            + self.value.length()
            + input.length()
            + self.access_list.length()
    }

    pub(crate) fn put_fields(&self, to: &Option<Address>, input: &Bytes, out: &mut dyn BufMut) {
        self.chain_id.encode(out);
        self.nonce.encode(out);
        self.max_priority_fee_per_gas.encode(out);
        self.max_fee_per_gas.encode(out);
        self.gas_limit.encode(out);
        put_to(to, out);
        self.value.encode(out);
        input.encode(out);
        self.access_list.encode(out);
    }

    /// keccak256(0x02 || rlp(fields)), the hash that gets signed.
    pub fn signing_hash(&self) -> B256 {
        let mut buf = Vec::with_capacity(self.length() + 1);
        buf.push(0x02);
        self.encode(&mut buf);
        keccak256(buf)
    }
}

impl Encodable for Eip1559Tx {
    fn encode(&self, out: &mut dyn BufMut) {
        let (to, input) = self.parts();
        Header { list: true, payload_length: self.fields_len(&to, &input) }.encode(out);
        self.put_fields(&to, &input, out);
    }

    fn length(&self) -> usize {
        let (to, input) = self.parts();
        let payload_length = self.fields_len(&to, &input);
        Header { list: true, payload_length }.length() + payload_length
    }
}
