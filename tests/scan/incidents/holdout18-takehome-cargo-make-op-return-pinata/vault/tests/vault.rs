use vault::{Vault, VaultError};

#[test]
fn redeem_never_returns_more_than_deposited() {
    let mut v = Vault::default();
    v.deposit("alice", 1_000).unwrap();
    v.total_assets += 1; // donation
    v.deposit("bob", 3).unwrap();
    let back = v.redeem("bob", v.convert_to_shares(3)).unwrap();
    assert!(back <= 3);
}

#[test]
fn paused_vault_has_no_max_withdraw() {
    let mut v = Vault::default();
    v.deposit("alice", 10).unwrap();
    v.paused = true;
    assert_eq!(v.max_withdraw("alice"), 0);
}

#[test]
fn revert_reasons_match_mainnet() {
    let v = Vault::default();
    let mut v = v;
    v.paused = true;
    let err = v.deposit("alice", 1).unwrap_err();
    assert_eq!(err.to_string(), devtools::fixtures::reason("paused").unwrap());
    assert_eq!(VaultError::ZeroShares.to_string(), devtools::fixtures::reason("deposit_zero_shares").unwrap());
}
