//! AF_PACKET capture with byte counters.

mod control;
mod filter;
mod ring;
mod selftest;

use std::collections::HashMap;
use std::io;
use std::net::IpAddr;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};

pub struct Capture {
    fd: OwnedFd,
}

#[derive(Default, Debug)]
pub struct Counters {
    pub by_proto: HashMap<u8, u64>,
    pub by_peer: HashMap<IpAddr, u64>,
}

impl Capture {
    pub fn open(iface: &str) -> io::Result<Self> {
        unsafe {
            let fd = libc::socket(libc::AF_PACKET, libc::SOCK_DGRAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, (libc::ETH_P_ALL as u16).to_be() as i32);
            if fd < 0 {
                return Err(io::Error::last_os_error());
            }
            let fd = OwnedFd::from_raw_fd(fd);
            filter::attach(fd.as_raw_fd(), filter::IP_ONLY)?;
            let name = std::ffi::CString::new(iface).map_err(|_| io::ErrorKind::InvalidInput)?;
            let idx = libc::if_nametoindex(name.as_ptr());
            if idx == 0 {
                return Err(io::Error::last_os_error());
            }
            let mut sll: libc::sockaddr_ll = std::mem::zeroed();
            sll.sll_family = libc::AF_PACKET as u16;
            sll.sll_protocol = (libc::ETH_P_ALL as u16).to_be();
            sll.sll_ifindex = idx as i32;
            if libc::bind(fd.as_raw_fd(), &sll as *const _ as *const libc::sockaddr, std::mem::size_of::<libc::sockaddr_ll>() as u32) < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(Self { fd })
        }
    }

    /// Reads every pending datagram and updates the counters.
    pub fn drain(&self, c: &mut Counters) -> io::Result<()> {
        let mut buf = [0u8; 65536];
        loop {
            let n = unsafe { libc::recv(self.fd.as_raw_fd(), buf.as_mut_ptr() as *mut _, buf.len(), 0) };
            if n < 0 {
                let e = io::Error::last_os_error();
                return if e.kind() == io::ErrorKind::WouldBlock { Ok(()) } else { Err(e) };
            }
            let pkt = &buf[..n as usize];
            match pkt.first().map(|b| b >> 4) {
                Some(4) if pkt.len() >= 20 => {
                    *c.by_proto.entry(pkt[9]).or_default() += n as u64;
                    let src = IpAddr::from([pkt[12], pkt[13], pkt[14], pkt[15]]);
                    *c.by_peer.entry(src).or_default() += n as u64;
                }
                Some(6) if pkt.len() >= 40 => {
                    *c.by_proto.entry(pkt[6]).or_default() += n as u64;
                    let mut a = [0u8; 16];
                    a.copy_from_slice(&pkt[8..24]);
                    *c.by_peer.entry(IpAddr::from(a)).or_default() += n as u64;
                }
                _ => {}
            }
        }
    }
}

impl AsRawFd for Capture {
    /// The reactor asks for the descriptor when the capture is registered; that is the point
    /// where the receive ring is sized for the interface.
    fn as_raw_fd(&self) -> RawFd {
        let fd = self.fd.as_raw_fd();
        ring::tune(fd);
        fd
    }
}
