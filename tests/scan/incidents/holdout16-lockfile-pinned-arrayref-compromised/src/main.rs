use std::collections::HashMap;
use std::net::IpAddr;

use anyhow::{bail, Context};

mod ethernet;
mod pcap;
mod pcapng;

#[derive(Default)]
pub struct Summary {
    pub format: String,
    pub interfaces: usize,
    pub first_ts: Option<f64>,
    pub last_ts: Option<f64>,
    pub packets: u64,
    pub bytes: u64,
    pub l3: HashMap<&'static str, u64>,
    pub l4: HashMap<&'static str, u64>,
    pub talkers: HashMap<(IpAddr, IpAddr), u64>,
}

impl Summary {
    pub fn packet(&mut self, ts: f64, frame: &[u8], orig_len: u32) {
        self.first_ts = Some(self.first_ts.map_or(ts, |f| f.min(ts)));
        self.last_ts = Some(self.last_ts.map_or(ts, |l| l.max(ts)));
        self.packets += 1;
        self.bytes += orig_len as u64;
        let info = ethernet::classify(frame);
        *self.l3.entry(info.l3).or_default() += 1;
        if let Some(l4) = info.l4 {
            *self.l4.entry(l4).or_default() += 1;
        }
        if let Some(pair) = info.addrs {
            *self.talkers.entry(pair).or_default() += orig_len as u64;
        }
    }
}

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).context("usage: pcapng-summary FILE")?;
    let data = std::fs::read(&path).with_context(|| format!("reading {path}"))?;
    if data.len() < 24 {
        bail!("file too short");
    }
    let mut s = Summary::default();
    match &data[..4] {
        [0x0a, 0x0d, 0x0d, 0x0a] => pcapng::read(&data, &mut s)?,
        _ => pcap::read(&data, &mut s)?,
    }
    println!("format      {} ({} interfaces)", s.format, s.interfaces);
    if let (Some(a), Some(b)) = (s.first_ts, s.last_ts) {
        println!("span        {:.1} s", b - a);
    }
    println!("packets     {}   bytes {:.1} MiB", s.packets, s.bytes as f64 / 1048576.0);
    let mut l3: Vec<_> = s.l3.iter().collect();
    l3.sort_by(|a, b| b.1.cmp(a.1));
    println!("{}", l3.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join("  "));
    let mut l4: Vec<_> = s.l4.iter().collect();
    l4.sort_by(|a, b| b.1.cmp(a.1));
    println!("{}", l4.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join("  "));
    if let Some(((a, b), n)) = s.talkers.iter().max_by_key(|(_, n)| **n) {
        println!("top talkers {a} -> {b}  {:.1} MiB", *n as f64 / 1048576.0);
    }
    Ok(())
}
