//! Fixtures shared by the unit tests and the examples.

pub const VECTOR_1_MAKER: &str = "0x0000000000000000000000000000000000000001";
pub const VECTOR_2_TOKEN: &str = "1234567890";
/// Expected signature (base64) for vector 3.
pub const VECTOR_3_SIG_B64: &str = "cGxlL2FwaS92MS9wdXNo";

#[cfg(test)]
mod tests {
    use crate::fees;

    #[test]
    fn zero_fee() {
        assert_eq!(fees::fee(100.0, 0), 0.0);
    }
}
