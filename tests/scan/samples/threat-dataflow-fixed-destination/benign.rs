// A backup tool: the same file goes where the user says (an argument), or to a daemon on
// this machine; no address of the crate's own.
use std::net::UdpSocket;

fn settings() -> Option<Vec<u8>> {
    let home = dirs::home_dir()?;
    std::fs::read(home.join(".config/tool/settings.json")).ok()
}

pub fn backup() -> Option<()> {
    let data = settings()?;
    let target = std::env::args().nth(1)?;
    let _ = ureq::put(&format!("https://{target}/backup")).send_bytes(&data);
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.send_to(&data, "127.0.0.1:6969").ok()?;
    Some(())
}
