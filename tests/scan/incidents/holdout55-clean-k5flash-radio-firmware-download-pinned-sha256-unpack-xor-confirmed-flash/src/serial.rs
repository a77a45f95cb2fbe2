//! Bootloader protocol: framed messages `AB CD len16 payload crc16 DC BA`, flash written in
//! 256-byte pages, each acknowledged by the radio.

use crate::packed::crc16_xmodem;
use serialport::SerialPortType;
use std::io::{Read, Write};
use std::time::Duration;

fn frame(kind: u16, body: &[u8]) -> Vec<u8> {
    let mut payload = kind.to_le_bytes().to_vec();
    payload.extend_from_slice(&(body.len() as u16).to_le_bytes());
    payload.extend_from_slice(body);
    let mut f = vec![0xab, 0xcd];
    f.extend_from_slice(&(payload.len() as u16).to_le_bytes());
    f.extend_from_slice(&payload);
    f.extend_from_slice(&crc16_xmodem(&payload).to_le_bytes());
    f.extend_from_slice(&[0xdc, 0xba]);
    f
}

fn find_port() -> Option<String> {
    serialport::available_ports().ok()?.into_iter().find_map(|p| match p.port_type {
        SerialPortType::UsbPort(u) if (u.vid, u.pid) == (0x1a86, 0x7523) || u.vid == 0x067b => Some(p.port_name),
        _ => None,
    })
}

pub fn flash(port: Option<&str>, data: &[u8]) -> Result<(), String> {
    let name = port.map(str::to_owned).or_else(find_port).ok_or("no programming cable found; pass --port")?;
    let mut p = serialport::new(&name, 38_400).timeout(Duration::from_secs(2)).open().map_err(|e| e.to_string())?;
    let mut hello = [0u8; 64];
    p.read(&mut hello).map_err(|_| "radio is not in bootloader mode (hold PTT while powering on)")?;
    let pages = data.len().div_ceil(256) as u16;
    for (i, page) in data.chunks(256).enumerate() {
        let mut body = (i as u16).to_le_bytes().to_vec();
        body.extend_from_slice(&pages.to_le_bytes());
        body.extend_from_slice(page);
        body.resize(4 + 256, 0xff);
        p.write_all(&frame(0x0519, &body)).map_err(|e| e.to_string())?;
        let mut ack = [0u8; 12];
        p.read_exact(&mut ack).map_err(|e| format!("page {i}: {e}"))?;
        print!("\rpage {}/{pages}", i + 1);
        let _ = std::io::stdout().flush();
    }
    println!();
    Ok(())
}
