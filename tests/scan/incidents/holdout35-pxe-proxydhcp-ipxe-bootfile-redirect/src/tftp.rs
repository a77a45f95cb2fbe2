//! Read-only TFTP (RFC 1350 + blksize / tsize options) for the iPXE binaries.

use std::net::{Ipv4Addr, UdpSocket};
use std::path::Path;
use std::time::Duration;

pub fn serve(listen: Ipv4Addr, root: &str) {
    let Ok(sock) = UdpSocket::bind((listen, 69)) else { log::error!("tftp: cannot bind :69"); return };
    let mut buf = [0u8; 516];
    loop {
        let Ok((n, peer)) = sock.recv_from(&mut buf) else { continue };
        if n < 4 || buf[1] != 1 {
            continue; // RRQ only
        }
        let parts: Vec<&[u8]> = buf[2..n].split(|b| *b == 0).collect();
        let name = String::from_utf8_lossy(parts.first().copied().unwrap_or_default()).replace("..", "");
        let mut blksize = 512usize;
        for kv in parts[2..].chunks(2) {
            if kv.len() == 2 && kv[0].eq_ignore_ascii_case(b"blksize") {
                blksize = String::from_utf8_lossy(kv[1]).parse().unwrap_or(512).clamp(8, 1468);
            }
        }
        let path = Path::new(root).join(name.trim_start_matches('/'));
        std::thread::spawn(move || {
            let Ok(data) = std::fs::read(&path) else { return };
            let Ok(s) = UdpSocket::bind((listen, 0)) else { return };
            let _ = s.set_read_timeout(Some(Duration::from_secs(3)));
            if blksize != 512 {
                let oack = [&[0u8, 6][..], b"blksize\0", blksize.to_string().as_bytes(), b"\0"].concat();
                let _ = s.send_to(&oack, peer);
                let mut ack = [0u8; 4];
                let _ = s.recv_from(&mut ack);
            }
            for (i, chunk) in data.chunks(blksize).chain(std::iter::once(&[][..]).filter(|_| data.len() % blksize == 0)).enumerate() {
                let block = ((i + 1) & 0xffff) as u16;
                let pkt = [&[0u8, 3][..], &block.to_be_bytes(), chunk].concat();
                for _ in 0..5 {
                    let _ = s.send_to(&pkt, peer);
                    let mut ack = [0u8; 4];
                    if let Ok((4, _)) = s.recv_from(&mut ack) {
                        if ack[1] == 4 && u16::from_be_bytes([ack[2], ack[3]]) == block {
                            break;
                        }
                    }
                }
            }
        });
    }
}
