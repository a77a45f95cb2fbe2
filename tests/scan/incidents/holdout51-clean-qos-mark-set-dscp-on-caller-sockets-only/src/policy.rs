//! Policy maps: `class  ingress-mark  egress-remark` per line.

use crate::Dscp;

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub class: String,
    pub ingress: Dscp,
    pub egress: Dscp,
}

pub fn parse(text: &str) -> Vec<Rule> {
    text.lines()
        .filter_map(|l| {
            let l = l.split('#').next()?.trim();
            let mut w = l.split_whitespace();
            Some(Rule { class: w.next()?.to_string(), ingress: w.next()?.parse().ok()?, egress: w.next()?.parse().ok()? })
        })
        .collect()
}

pub fn remark(rules: &[Rule], d: Dscp) -> Dscp {
    rules.iter().find(|r| r.ingress == d).map_or(d, |r| r.egress)
}

/// A typical branch-office uplink policy (RFC 4594 classes).
pub const BRANCH_UPLINK: &str = "\
voip-rtp        EF    EF
voip-signaling  CS3   CS3
video-conf      AF41  AF41
transactional   AF21  AF21
bulk-backup     AF11  CS1
scavenger       CS1   CS1
best-effort     CS0   CS0
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_policy() {
        let rules = parse(BRANCH_UPLINK);
        assert_eq!(rules.len(), 7);
        assert_eq!(remark(&rules, "AF11".parse().unwrap()), "CS1".parse().unwrap());
    }
}
