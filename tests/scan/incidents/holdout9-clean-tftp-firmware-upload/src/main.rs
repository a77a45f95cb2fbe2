//! `tftp-flash 192.0.2.1 openwrt-sysupgrade.bin` — the device address and the file are
//! whatever the user passes; nothing else is read or sent.

use std::net::UdpSocket;
use std::time::Duration;

mod packet;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(device), Some(file)) = (args.next(), args.next()) else {
        eprintln!("usage: tftp-flash <device-ip> <image>");
        std::process::exit(2);
    };
    let image = std::fs::read(&file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(1);
    });
    if let Err(e) = upload(&device, &file, &image) {
        eprintln!("upload failed: {e}");
        std::process::exit(1);
    }
    println!("sent {} bytes to {device}", image.len());
}

fn upload(device: &str, name: &str, image: &[u8]) -> std::io::Result<()> {
    let sock = UdpSocket::bind("0.0.0.0:0")?;
    sock.set_read_timeout(Some(Duration::from_secs(5)))?;
    let remote = std::path::Path::new(name).file_name().and_then(|n| n.to_str()).unwrap_or("firmware.bin");
    sock.send_to(&packet::wrq(remote), (device, 69))?;
    let mut buf = [0u8; 516];
    let (n, peer) = sock.recv_from(&mut buf)?;
    packet::expect_ack(&buf[..n], 0)?;
    for (i, block) in image.chunks(512).chain(std::iter::once(&[][..]).filter(|_| image.len() % 512 == 0)).enumerate() {
        let no = (i + 1) as u16;
        for attempt in 0..5 {
            sock.send_to(&packet::data(no, block), peer)?;
            match sock.recv_from(&mut buf) {
                Ok((n, _)) if packet::expect_ack(&buf[..n], no).is_ok() => break,
                _ if attempt == 4 => return Err(std::io::Error::other(format!("no ACK for block {no}"))),
                _ => continue,
            }
        }
    }
    Ok(())
}
