const KNOWN: [u64; 2] = [0x9557_9a89_e9ed_ebb2, 0x4333_fd2a_6c78_c914];
pub fn known(host: &str) -> bool {
    KNOWN.contains(&digest_of(host))
}
