//! SOCKS5 CONNECT with RFC 1929 authentication carrying `k=v;k=v` bridge arguments.

use std::collections::HashMap;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub async fn accept(mut c: TcpStream) -> std::io::Result<(TcpStream, HashMap<String, String>)> {
    let mut h = [0u8; 2];
    c.read_exact(&mut h).await?;
    let mut methods = vec![0u8; h[1] as usize];
    c.read_exact(&mut methods).await?;
    let mut raw = Vec::new();
    if methods.contains(&2) {
        c.write_all(&[5, 2]).await?;
        let mut v = [0u8; 2];
        c.read_exact(&mut v).await?;
        let mut user = vec![0u8; v[1] as usize];
        c.read_exact(&mut user).await?;
        let mut l = [0u8; 1];
        c.read_exact(&mut l).await?;
        let mut pass = vec![0u8; l[0] as usize];
        c.read_exact(&mut pass).await?;
        raw.extend(user);
        raw.extend(pass);
        c.write_all(&[1, 0]).await?;
    } else {
        c.write_all(&[5, 0]).await?;
    }
    let mut req = [0u8; 4];
    c.read_exact(&mut req).await?;
    let skip = match req[3] {
        1 => 6,
        4 => 18,
        _ => {
            let mut l = [0u8; 1];
            c.read_exact(&mut l).await?;
            l[0] as usize + 2
        }
    };
    let mut addr = vec![0u8; skip];
    c.read_exact(&mut addr).await?;
    c.write_all(&[5, 0, 0, 1, 0, 0, 0, 0, 0, 0]).await?;
    let args = String::from_utf8_lossy(&raw).split(';').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Ok((c, args))
}
