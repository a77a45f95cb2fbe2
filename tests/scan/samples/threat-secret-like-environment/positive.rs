// A secret read by a name that is on no list.
pub fn signer() -> Option<String> {
    std::env::var("POLYMARKET_PRIVATE_KEY").ok()
}
