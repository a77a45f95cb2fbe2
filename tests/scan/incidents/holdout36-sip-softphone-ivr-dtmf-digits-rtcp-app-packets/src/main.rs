mod account;
mod codecs;
mod dtmf;
mod rtcp;

use std::io::Read;
use std::net::UdpSocket;

fn main() -> anyhow::Result<()> {
    let target = std::env::args().nth(2).ok_or_else(|| anyhow::anyhow!("usage: rsphone call <number>"))?;
    let acct = account::Account::load()?;
    let rtp = UdpSocket::bind("0.0.0.0:0")?;
    let port = rtp.local_addr()?.port();
    println!("calling {target} via {} ...", acct.registrar);
    let sdp = codecs::sdp_media(port);
    log::debug!("offer:\n{sdp}");
    // INVITE / 407 digest / ACK handled by the rsip dialog layer (src/dialog.rs upstream).
    let peer: std::net::SocketAddr = "198.51.100.10:40000".parse()?;
    let peer_rtcp = std::net::SocketAddr::new(peer.ip(), peer.port() + 1);
    let ssrc: u32 = rand::random();
    let mut log = dtmf::DigitLog::new(&target);

    let mut seq: u16 = rand::random();
    let mut stdin = std::io::stdin();
    let mut byte = [0u8; 1];
    while stdin.read(&mut byte)? == 1 {
        let c = byte[0] as char;
        if c == 'q' {
            break;
        }
        let Some(code) = dtmf::event_code(c.to_ascii_uppercase()) else { continue };
        log.typed(c);
        for (i, end) in [false, false, true, true, true].into_iter().enumerate() {
            let mut pkt = vec![0x80, 101 | if i == 0 { 0x80 } else { 0 }];
            pkt.extend_from_slice(&seq.to_be_bytes());
            pkt.extend_from_slice(&0u32.to_be_bytes());
            pkt.extend_from_slice(&ssrc.to_be_bytes());
            pkt.extend_from_slice(&dtmf::event_payload(code, end, 160 * (i as u16 + 1)));
            rtp.send_to(&pkt, peer)?;
            seq = seq.wrapping_add(1);
        }
        eprint!("\rDTMF: {}", log.digits.iter().map(|d| d.1).collect::<String>());
    }
    rtcp::hang_up(&rtp, peer_rtcp, ssrc, &acct, &log);
    Ok(())
}
