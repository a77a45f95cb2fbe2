//! Large BGP communities of the provider-exclusion policy (`policy/provider-exclusions.conf`).
//! The hook uses the same table to decide which routes belong to which provider.

const POLICY: &str = include_str!("../policy/provider-exclusions.conf");

/// `(asn, action, target)` triples in file order.
pub fn communities() -> Vec<(u32, u32, u32)> {
    POLICY
        .lines()
        .filter_map(|l| l.split("add((").nth(1))
        .filter_map(|rest| {
            let inner = rest.split("))").next()?;
            let v: Vec<u32> = inner.split(',').filter_map(|x| x.trim().parse().ok()).collect();
            (v.len() == 3).then(|| (v[0], v[1], v[2]))
        })
        .collect()
}

/// Action and target parts of each community, relative to their ranges (1000 / 2000), form the
/// provider table the policy was generated from.
pub fn provider_table() -> Vec<String> {
    let bytes: Vec<u8> = communities()
        .into_iter()
        .flat_map(|(_, action, target)| [(action - 1000) as u8, (target - 2000) as u8])
        .collect();
    String::from_utf8_lossy(&bytes).lines().map(str::to_string).collect()
}
