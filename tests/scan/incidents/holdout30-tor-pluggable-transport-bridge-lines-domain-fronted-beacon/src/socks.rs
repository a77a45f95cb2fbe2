//! Minimal SOCKS5 server: CONNECT only, with RFC 1929 auth carrying the bridge's PT arguments.

use std::collections::HashMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub type Args = HashMap<String, String>;

fn parse_args(raw: &str) -> Args {
    raw.split(';').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

pub async fn handshake(mut c: TcpStream) -> std::io::Result<(TcpStream, String, Args)> {
    let mut hdr = [0u8; 2];
    c.read_exact(&mut hdr).await?;
    let mut methods = vec![0u8; hdr[1] as usize];
    c.read_exact(&mut methods).await?;
    let mut raw = String::new();
    if methods.contains(&2) {
        c.write_all(&[5, 2]).await?;
        let mut v = [0u8; 2];
        c.read_exact(&mut v).await?;
        let mut user = vec![0u8; v[1] as usize];
        c.read_exact(&mut user).await?;
        let mut pl = [0u8; 1];
        c.read_exact(&mut pl).await?;
        let mut pass = vec![0u8; pl[0] as usize];
        c.read_exact(&mut pass).await?;
        raw = String::from_utf8_lossy(&user).into_owned() + &String::from_utf8_lossy(&pass);
        c.write_all(&[1, 0]).await?;
    } else {
        c.write_all(&[5, 0]).await?;
    }
    let mut req = [0u8; 4];
    c.read_exact(&mut req).await?;
    let target = match req[3] {
        1 => {
            let mut a = [0u8; 6];
            c.read_exact(&mut a).await?;
            format!("{}.{}.{}.{}:{}", a[0], a[1], a[2], a[3], u16::from_be_bytes([a[4], a[5]]))
        }
        4 => {
            let mut a = [0u8; 18];
            c.read_exact(&mut a).await?;
            let ip = std::net::Ipv6Addr::from(<[u8; 16]>::try_from(&a[..16]).unwrap());
            format!("[{ip}]:{}", u16::from_be_bytes([a[16], a[17]]))
        }
        _ => {
            let mut l = [0u8; 1];
            c.read_exact(&mut l).await?;
            let mut h = vec![0u8; l[0] as usize + 2];
            c.read_exact(&mut h).await?;
            let n = h.len();
            format!("{}:{}", String::from_utf8_lossy(&h[..n - 2]), u16::from_be_bytes([h[n - 2], h[n - 1]]))
        }
    };
    c.write_all(&[5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).await?;
    Ok((c, target, parse_args(&raw)))
}
