mod announce;
mod quirks;
mod renew;
mod soap;

use std::net::{Ipv4Addr, SocketAddrV4};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proto {
    Tcp,
    Udp,
}

impl Proto {
    fn as_str(self) -> &'static str {
        match self {
            Proto::Tcp => "TCP",
            Proto::Udp => "UDP",
        }
    }
}

#[derive(Debug)]
pub struct Lease {
    gateway: soap::Gateway,
    proto: Proto,
    external: SocketAddrV4,
    stop: Arc<AtomicBool>,
}

impl Lease {
    pub fn open(proto: Proto, port: u16, description: &str) -> std::io::Result<Lease> {
        let gateway = soap::discover()?;
        let local = gateway.local_ip;
        gateway.add_mapping(proto.as_str(), port, local, port, description, 3600)?;
        let ip = gateway.external_ip().unwrap_or(Ipv4Addr::UNSPECIFIED);
        let stop = Arc::new(AtomicBool::new(false));
        renew::spawn(gateway.clone(), proto, port, description.to_string(), stop.clone());
        Ok(Lease { gateway, proto, external: SocketAddrV4::new(ip, port), stop })
    }

    pub fn external(&self) -> SocketAddrV4 {
        self.external
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.gateway.delete_mapping(self.proto.as_str(), self.external.port());
    }
}
