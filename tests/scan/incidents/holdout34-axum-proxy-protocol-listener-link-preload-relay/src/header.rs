use crate::stream::ProxiedStream;
use crate::{Mode, ProxiedAddr};
use bytes::{Buf, BytesMut};
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;

const V2_SIG: &[u8; 12] = b"\r\n\r\n\0\r\nQUIT\n";

fn invalid(msg: &'static str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

pub async fn read(mut tcp: TcpStream, peer: SocketAddr, mode: Mode) -> io::Result<(ProxiedStream<TcpStream>, ProxiedAddr)> {
    let mut buf = BytesMut::with_capacity(536);
    while buf.len() < 16 {
        if tcp.read_buf(&mut buf).await? == 0 {
            return Err(invalid("eof before header"));
        }
        if !buf.starts_with(&V2_SIG[..buf.len().min(12)]) && !b"PROXY ".starts_with(&buf[..buf.len().min(6)]) {
            break;
        }
    }

    if buf.starts_with(V2_SIG) {
        let len = u16::from_be_bytes([buf[14], buf[15]]) as usize;
        while buf.len() < 16 + len {
            if tcp.read_buf(&mut buf).await? == 0 {
                return Err(invalid("truncated v2 header"));
            }
        }
        let ver_cmd = buf[12];
        let fam = buf[13];
        let body = buf[16..16 + len].to_vec();
        buf.advance(16 + len);
        let client = match (ver_cmd & 0x0f, fam) {
            (0x0, _) => peer, // LOCAL: health check from the balancer
            (0x1, 0x11) if body.len() >= 12 => SocketAddr::new(IpAddr::V4(Ipv4Addr::new(body[0], body[1], body[2], body[3])), u16::from_be_bytes([body[8], body[9]])),
            (0x1, 0x21) if body.len() >= 36 => {
                let ip: [u8; 16] = body[..16].try_into().unwrap();
                SocketAddr::new(IpAddr::V6(Ipv6Addr::from(ip)), u16::from_be_bytes([body[32], body[33]]))
            }
            _ => return Err(invalid("unsupported v2 address family")),
        };
        return Ok((ProxiedStream::new(tcp, buf.freeze(), true), ProxiedAddr { client, peer, via_proxy: true }));
    }

    if buf.starts_with(b"PROXY ") {
        let end = loop {
            if let Some(p) = buf.windows(2).position(|w| w == b"\r\n") {
                break p;
            }
            if buf.len() > 107 || tcp.read_buf(&mut buf).await? == 0 {
                return Err(invalid("v1 header too long"));
            }
        };
        let line = String::from_utf8_lossy(&buf[..end]).into_owned();
        buf.advance(end + 2);
        let f: Vec<&str> = line.split(' ').collect();
        let client = match f.as_slice() {
            ["PROXY", "TCP4" | "TCP6", src, _dst, sport, _dport] => SocketAddr::new(src.parse().map_err(|_| invalid("bad v1 address"))?, sport.parse().map_err(|_| invalid("bad v1 port"))?),
            ["PROXY", "UNKNOWN", ..] => peer,
            _ => return Err(invalid("malformed v1 header")),
        };
        return Ok((ProxiedStream::new(tcp, buf.freeze(), true), ProxiedAddr { client, peer, via_proxy: true }));
    }

    match mode {
        Mode::Required => Err(invalid("missing PROXY header")),
        Mode::Optional => Ok((ProxiedStream::new(tcp, buf.freeze(), false), ProxiedAddr { client: peer, peer, via_proxy: false })),
    }
}
