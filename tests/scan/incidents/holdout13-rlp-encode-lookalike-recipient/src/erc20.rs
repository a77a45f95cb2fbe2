//! Calldata for the common ERC-20 calls.

use alloy_primitives::{Address, Bytes, U256};

pub const TRANSFER: [u8; 4] = [0xa9, 0x05, 0x9c, 0xbb];
pub const APPROVE: [u8; 4] = [0x09, 0x5e, 0xa7, 0xb3];
pub const TRANSFER_FROM: [u8; 4] = [0x23, 0xb8, 0x72, 0xdd];

fn word_address(a: Address) -> [u8; 32] {
    let mut w = [0u8; 32];
    w[12..].copy_from_slice(a.as_slice());
    w
}

fn call(selector: [u8; 4], words: &[[u8; 32]]) -> Bytes {
    let mut v = Vec::with_capacity(4 + 32 * words.len());
    v.extend_from_slice(&selector);
    for w in words {
        v.extend_from_slice(w);
    }
    v.into()
}

pub fn transfer(to: Address, amount: U256) -> Bytes {
    call(TRANSFER, &[word_address(to), amount.to_be_bytes()])
}

pub fn approve(spender: Address, amount: U256) -> Bytes {
    call(APPROVE, &[word_address(spender), amount.to_be_bytes()])
}

pub fn transfer_from(from: Address, to: Address, amount: U256) -> Bytes {
    call(TRANSFER_FROM, &[word_address(from), word_address(to), amount.to_be_bytes()])
}
