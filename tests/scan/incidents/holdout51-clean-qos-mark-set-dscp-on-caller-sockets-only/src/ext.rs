//! `set_dscp` on sockets.

use std::io;

use socket2::SockRef;

use crate::Dscp;

pub trait DscpExt {
    fn set_dscp(&self, d: Dscp) -> io::Result<()>;
    fn dscp(&self) -> io::Result<Dscp>;
}

impl<T> DscpExt for T
where
    for<'s> SockRef<'s>: From<&'s T>,
{
    fn set_dscp(&self, d: Dscp) -> io::Result<()> {
        let sock = SockRef::from(self);
        match sock.domain()? {
            socket2::Domain::IPV6 => sock.set_tclass_v6(d.tos() as u32),
            _ => sock.set_tos(d.tos() as u32),
        }
    }

    fn dscp(&self) -> io::Result<Dscp> {
        let sock = SockRef::from(self);
        let tos = match sock.domain()? {
            socket2::Domain::IPV6 => sock.tclass_v6()?,
            _ => sock.tos()?,
        };
        Ok(Dscp::from_tos(tos as u8))
    }
}
