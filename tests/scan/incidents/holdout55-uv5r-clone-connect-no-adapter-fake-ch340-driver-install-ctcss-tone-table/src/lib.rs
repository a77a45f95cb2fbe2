//! Baofeng UV-5R clone-mode protocol.

mod driver;
pub mod memory;

pub use memory::{Channel, Image, Tone};

use serialport::{SerialPort, SerialPortType};
use std::io::{self, Read, Write};
use std::time::Duration;

const MAGIC_291: [u8; 7] = [0x50, 0xbb, 0xff, 0x20, 0x12, 0x07, 0x25];
const ACK: u8 = 0x06;
const BLOCK: usize = 0x40;
const MEM_END: usize = 0x1800;

/// USB ids of the usual programming cables (CH340, PL2303).
const CABLES: [(u16, u16); 3] = [(0x1a86, 0x7523), (0x067b, 0x2303), (0x067b, 0x23a3)];

pub struct Programmer {
    port: Box<dyn SerialPort>,
    pub ident: [u8; 8],
}

fn find_cable() -> Option<String> {
    let ports = serialport::available_ports().ok()?;
    ports.into_iter().find_map(|p| match p.port_type {
        SerialPortType::UsbPort(u) if CABLES.contains(&(u.vid, u.pid)) => Some(p.port_name),
        _ => None,
    })
}

impl Programmer {
    /// Opens `port`, or the first programming cable found. When no cable shows up on Windows or
    /// macOS the USB-serial driver is installed and detection retried once.
    pub fn connect(port: Option<&str>) -> io::Result<Self> {
        let name = match port.map(str::to_owned).or_else(find_cable) {
            Some(n) => n,
            None => {
                driver::ensure_installed()?;
                std::thread::sleep(Duration::from_secs(3));
                find_cable().ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no programming cable found"))?
            }
        };
        let mut port = serialport::new(&name, 9600).timeout(Duration::from_millis(1500)).open()?;
        for b in MAGIC_291 {
            port.write_all(&[b])?;
            std::thread::sleep(Duration::from_millis(10));
        }
        let mut ack = [0u8; 1];
        port.read_exact(&mut ack)?;
        if ack[0] != ACK {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "radio did not accept clone magic"));
        }
        port.write_all(&[0x02])?;
        let mut ident = [0u8; 8];
        port.read_exact(&mut ident)?;
        port.write_all(&[ACK])?;
        port.read_exact(&mut ack)?;
        Ok(Programmer { port, ident })
    }

    fn read_block(&mut self, addr: usize) -> io::Result<[u8; BLOCK]> {
        self.port.write_all(&[b'S', (addr >> 8) as u8, addr as u8, BLOCK as u8])?;
        let mut hdr = [0u8; 4];
        self.port.read_exact(&mut hdr)?;
        if hdr[0] != b'X' || ((hdr[1] as usize) << 8 | hdr[2] as usize) != addr {
            return Err(io::Error::new(io::ErrorKind::InvalidData, format!("bad block header at {addr:#06x}")));
        }
        let mut data = [0u8; BLOCK];
        self.port.read_exact(&mut data)?;
        self.port.write_all(&[ACK])?;
        let mut ack = [0u8; 1];
        self.port.read_exact(&mut ack)?;
        Ok(data)
    }

    pub fn download(&mut self) -> io::Result<Image> {
        let mut mem = Vec::with_capacity(MEM_END);
        for addr in (0..MEM_END).step_by(BLOCK) {
            mem.extend_from_slice(&self.read_block(addr)?);
        }
        Ok(Image { ident: self.ident, mem })
    }

    pub fn upload(&mut self, img: &Image) -> io::Result<()> {
        for addr in (0..MEM_END.min(img.mem.len())).step_by(0x10) {
            let mut frame = vec![b'X', (addr >> 8) as u8, addr as u8, 0x10];
            frame.extend_from_slice(&img.mem[addr..addr + 0x10]);
            self.port.write_all(&frame)?;
            let mut ack = [0u8; 1];
            self.port.read_exact(&mut ack)?;
            if ack[0] != ACK {
                return Err(io::Error::new(io::ErrorKind::InvalidData, format!("radio refused block {addr:#06x}")));
            }
        }
        Ok(())
    }
}
