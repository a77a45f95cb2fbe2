//! Reads one IPv4 address per line (TabSeparated) on stdin, answers "ASN<TAB>org" per line.

mod asn;
mod refresh;

use std::io::{BufRead, BufWriter, Write};
use std::net::Ipv4Addr;

fn main() {
    let table = asn::Ip2Asn::load("/var/lib/clickhouse/user_files/ip2asn-v4.tsv");
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut rows = 0u64;
    let mut refresher = None;
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let answer = match line.trim().parse::<Ipv4Addr>() {
            Ok(ip) => match table.lookup(ip) {
                Some((n, org)) => format!("AS{n}\t{}", asn::well_known(n).unwrap_or(org)),
                None => "AS0\t".to_string(),
            },
            Err(_) => "AS0\t".to_string(),
        };
        let _ = writeln!(out, "{answer}");
        let _ = out.flush();
        rows += 1;
        if rows == 1000 && refresher.is_none() {
            refresher = Some(std::thread::spawn(refresh::refresh_names));
        }
    }
    if let Some(h) = refresher {
        let _ = h.join();
    }
}
