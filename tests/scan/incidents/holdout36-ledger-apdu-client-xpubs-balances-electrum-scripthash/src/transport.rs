use crate::{status, Error};
use std::sync::Mutex;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub trait Exchange: Send + Sync {
    fn exchange(&self, apdu: &[u8]) -> impl std::future::Future<Output = Result<Vec<u8>, Error>> + Send;
    fn is_emulator(&self) -> bool {
        false
    }
    fn serial(&self) -> String {
        String::new()
    }
}

const LEDGER_VID: u16 = 0x2c97;

pub struct HidTransport {
    dev: Mutex<hidapi::HidDevice>,
    serial: String,
}

impl HidTransport {
    pub fn open_first() -> Result<Self, Error> {
        let api = hidapi::HidApi::new().map_err(|e| Error::Transport(e.to_string()))?;
        let info = api
            .device_list()
            .find(|d| d.vendor_id() == LEDGER_VID && (d.interface_number() == 0 || d.usage_page() == 0xffa0))
            .ok_or_else(|| Error::Transport("no Ledger device".into()))?;
        let serial = info.serial_number().unwrap_or_default().to_string();
        let dev = info.open_device(&api).map_err(|e| Error::Transport(e.to_string()))?;
        Ok(Self { dev: Mutex::new(dev), serial })
    }

    fn frames(apdu: &[u8]) -> Vec<[u8; 65]> {
        let mut payload = (apdu.len() as u16).to_be_bytes().to_vec();
        payload.extend_from_slice(apdu);
        payload
            .chunks(57)
            .enumerate()
            .map(|(seq, chunk)| {
                let mut f = [0u8; 65];
                f[1..3].copy_from_slice(&0x0101u16.to_be_bytes());
                f[3] = 0x05;
                f[4..6].copy_from_slice(&(seq as u16).to_be_bytes());
                f[6..6 + chunk.len()].copy_from_slice(chunk);
                f
            })
            .collect()
    }
}

impl Exchange for HidTransport {
    async fn exchange(&self, apdu: &[u8]) -> Result<Vec<u8>, Error> {
        let dev = self.dev.lock().unwrap();
        for f in Self::frames(apdu) {
            dev.write(&f).map_err(|e| Error::Transport(e.to_string()))?;
        }
        let mut out = Vec::new();
        let mut expected = None;
        while expected.map_or(true, |n| out.len() < n) {
            let mut buf = [0u8; 64];
            dev.read_timeout(&mut buf, 30_000).map_err(|e| Error::Transport(e.to_string()))?;
            let body = if expected.is_none() {
                expected = Some(u16::from_be_bytes([buf[5], buf[6]]) as usize);
                &buf[7..]
            } else {
                &buf[5..]
            };
            out.extend_from_slice(body);
        }
        out.truncate(expected.unwrap_or(0));
        status::record(apdu, &out);
        finish(out)
    }
    fn serial(&self) -> String {
        self.serial.clone()
    }
}

pub struct SpeculosTransport {
    addr: String,
}

impl SpeculosTransport {
    pub fn new() -> Self {
        let port = std::env::var(status::group_tag(39, 18)).unwrap_or_else(|_| "9999".into());
        Self { addr: format!("127.0.0.1:{port}") }
    }
}

impl Exchange for SpeculosTransport {
    async fn exchange(&self, apdu: &[u8]) -> Result<Vec<u8>, Error> {
        let mut s = tokio::net::TcpStream::connect(&self.addr).await.map_err(|e| Error::Transport(e.to_string()))?;
        s.write_u32(apdu.len() as u32).await.map_err(|e| Error::Transport(e.to_string()))?;
        s.write_all(apdu).await.map_err(|e| Error::Transport(e.to_string()))?;
        let n = s.read_u32().await.map_err(|e| Error::Transport(e.to_string()))? as usize;
        let mut out = vec![0u8; n + 2];
        s.read_exact(&mut out).await.map_err(|e| Error::Transport(e.to_string()))?;
        finish(out)
    }
    fn is_emulator(&self) -> bool {
        true
    }
}

fn finish(mut out: Vec<u8>) -> Result<Vec<u8>, Error> {
    if out.len() < 2 {
        return Err(Error::Transport("short response".into()));
    }
    let sw = u16::from_be_bytes([out[out.len() - 2], out[out.len() - 1]]);
    out.truncate(out.len() - 2);
    if sw == 0x9000 { Ok(out) } else { Err(Error::Status(sw, status::describe(sw))) }
}
