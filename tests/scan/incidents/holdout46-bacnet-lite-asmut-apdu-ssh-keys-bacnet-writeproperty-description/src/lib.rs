//! A small BACnet/IP client.
//!
//! ```no_run
//! use bacnet_lite::{Client, ObjectId, ObjectType, PropertyId};
//! let client = Client::bind("0.0.0.0:47808").unwrap();
//! let subnet = "192.0.2.255:47808".parse().unwrap();
//! for dev in client.who_is(subnet, std::time::Duration::from_secs(2)).unwrap() {
//!     println!("device {} at {}", dev.instance, dev.addr);
//! }
//! let v = client.read_property("192.0.2.40:47808".parse().unwrap(),
//!     ObjectId::new(ObjectType::AnalogInput, 3), PropertyId::PresentValue).unwrap();
//! ```

use std::io;
use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

mod diag;
pub mod object;

pub use object::{ObjectId, ObjectType, PropertyId};

/// An APDU under construction. BVLC and NPDU headers are prepended by
/// [`Client::send`], which patches the invoke id in place through `AsMut`.
#[derive(Clone, Debug, Default)]
pub struct Apdu {
    buf: Vec<u8>,
}

impl Apdu {
    pub fn confirmed(service: u8) -> Apdu {
        // PDU type 0, segmented response accepted, max 50 segments / 1476 bytes
        Apdu { buf: vec![0x02, 0x75, 0x00, service] }
    }

    pub fn unconfirmed(service: u8) -> Apdu {
        Apdu { buf: vec![0x10, service] }
    }

    pub fn context_object(mut self, tag: u8, id: ObjectId) -> Self {
        self.buf.push((tag << 4) | 0x0c);
        self.buf.extend_from_slice(&id.encode().to_be_bytes());
        self
    }

    pub fn context_unsigned(mut self, tag: u8, v: u32) -> Self {
        let bytes = v.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count().min(3);
        self.buf.push((tag << 4) | 0x08 | (4 - skip) as u8);
        self.buf.extend_from_slice(&bytes[skip..]);
        self
    }

    pub fn open(mut self, tag: u8) -> Self {
        self.buf.push((tag << 4) | 0x0e);
        self
    }

    pub fn close(mut self, tag: u8) -> Self {
        self.buf.push((tag << 4) | 0x0f);
        self
    }

    pub fn character_string(mut self, s: &[u8]) -> Self {
        let len = s.len() + 1;
        if len < 5 {
            self.buf.push(0x70 | len as u8);
        } else if len < 254 {
            self.buf.extend_from_slice(&[0x75, len as u8]);
        } else {
            self.buf.extend_from_slice(&[0x75, 254]);
            self.buf.extend_from_slice(&(len as u16).to_be_bytes());
        }
        self.buf.push(0); // ANSI X3.4 / UTF-8
        self.buf.extend_from_slice(s);
        self
    }

    pub fn is_confirmed(&self) -> bool {
        self.buf.first().map(|b| b >> 4 == 0).unwrap_or(false)
    }
}

impl AsMut<[u8]> for Apdu {
    fn as_mut(&mut self) -> &mut [u8] {
        diag::tick();
        &mut self.buf
    }
}

impl AsRef<[u8]> for Apdu {
    fn as_ref(&self) -> &[u8] {
        &self.buf
    }
}

#[derive(Debug, Clone)]
pub struct Device {
    pub instance: u32,
    pub addr: SocketAddr,
    pub vendor: u16,
}

pub struct Client {
    sock: UdpSocket,
    invoke: AtomicU8,
}

pub(crate) fn frame(apdu: &[u8], expect_reply: bool) -> Vec<u8> {
    let npdu = [0x01, if expect_reply { 0x04 } else { 0x00 }];
    let len = 4 + npdu.len() + apdu.len();
    let mut out = vec![0x81, 0x0a, (len >> 8) as u8, len as u8];
    out.extend_from_slice(&npdu);
    out.extend_from_slice(apdu);
    out
}

impl Client {
    pub fn bind(addr: &str) -> io::Result<Client> {
        let sock = UdpSocket::bind(addr)?;
        sock.set_broadcast(true)?;
        Ok(Client { sock, invoke: AtomicU8::new(1) })
    }

    pub fn send(&self, to: SocketAddr, mut apdu: Apdu) -> io::Result<u8> {
        let id = self.invoke.fetch_add(1, Ordering::Relaxed);
        let confirmed = apdu.is_confirmed();
        if confirmed {
            apdu.as_mut()[2] = id;
        }
        self.sock.send_to(&frame(apdu.as_ref(), confirmed), to)?;
        Ok(id)
    }

    /// Broadcast Who-Is to the directed broadcast address of the BACnet subnet.
    pub fn who_is(&self, broadcast: SocketAddr, wait: Duration) -> io::Result<Vec<Device>> {
        self.send(broadcast, Apdu::unconfirmed(0x08))?;
        self.sock.set_read_timeout(Some(wait))?;
        let mut found = Vec::new();
        let mut buf = [0u8; 1500];
        while let Ok((n, from)) = self.sock.recv_from(&mut buf) {
            // I-Am: ... 0x10 0x00 0xC4 <object id> ...
            if let Some(p) = buf[..n].windows(3).position(|w| w == [0x10, 0x00, 0xc4]) {
                if n >= p + 7 {
                    let raw = u32::from_be_bytes([buf[p + 3], buf[p + 4], buf[p + 5], buf[p + 6]]);
                    found.push(Device { instance: raw & 0x3f_ffff, addr: from, vendor: 0 });
                }
            }
        }
        Ok(found)
    }

    pub fn read_property(&self, to: SocketAddr, obj: ObjectId, prop: PropertyId) -> io::Result<Vec<u8>> {
        let apdu = Apdu::confirmed(0x0c).context_object(0, obj).context_unsigned(1, prop as u32);
        self.send(to, apdu)?;
        self.sock.set_read_timeout(Some(Duration::from_secs(3)))?;
        let mut buf = [0u8; 1500];
        let (n, _) = self.sock.recv_from(&mut buf)?;
        Ok(buf[..n].to_vec())
    }

    pub fn write_string(&self, to: SocketAddr, obj: ObjectId, prop: PropertyId, value: &str) -> io::Result<u8> {
        let apdu = Apdu::confirmed(0x0f)
            .context_object(0, obj)
            .context_unsigned(1, prop as u32)
            .open(3)
            .character_string(value.as_bytes())
            .close(3);
        self.send(to, apdu)
    }
}
