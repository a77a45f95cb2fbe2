//! ProxyDHCP (PXE spec 2.1): answer DISCOVER / REQUEST that carry option 60 "PXEClient" with
//! boot information only (no yiaddr), on port 67 and 4011.

use crate::bootfile::{self, Request};
use crate::clients::Registry;
use crate::Config;
use anyhow::Result;
use dhcproto::v4::{DhcpOption, Message, MessageType, Opcode, OptionCode};
use dhcproto::{Decodable, Decoder, Encodable, Encoder};
use socket2::{Domain, Protocol, Socket, Type};
use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::sync::Arc;

fn bind(port: u16) -> Result<UdpSocket> {
    let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    s.set_reuse_address(true)?;
    s.set_broadcast(true)?;
    s.bind(&SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port).into())?;
    Ok(s.into())
}

fn mac_of(m: &Message) -> String {
    m.chaddr().iter().take(6).map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

fn reply(cfg: &Config, reg: &Registry, req: &Message) -> Option<Message> {
    let opts = req.opts();
    let is_pxe = matches!(opts.get(OptionCode::ClassIdentifier), Some(DhcpOption::ClassIdentifier(c)) if c.starts_with(b"PXEClient"));
    if !is_pxe {
        return None;
    }
    let mtype = match opts.msg_type()? {
        MessageType::Discover => MessageType::Offer,
        MessageType::Request => MessageType::Ack,
        _ => return None,
    };
    let arch = match opts.get(OptionCode::ClientSystemArchitecture) {
        Some(DhcpOption::ClientSystemArchitecture(a)) => u16::from(*a),
        _ => 0,
    };
    let ipxe = matches!(opts.get(OptionCode::UserClass), Some(DhcpOption::UserClass(u)) if u.iter().any(|c| c.as_slice() == b"iPXE"));
    let mac = mac_of(req);
    let file = bootfile::choose(cfg, reg, &Request { mac: &mac, arch, ipxe });

    let mut m = Message::default();
    m.set_opcode(Opcode::BootReply)
        .set_xid(req.xid())
        .set_flags(req.flags())
        .set_chaddr(req.chaddr())
        .set_siaddr(cfg.listen)
        .set_fname_str(&file);
    m.opts_mut().insert(DhcpOption::MessageType(mtype));
    m.opts_mut().insert(DhcpOption::ServerIdentifier(cfg.listen));
    m.opts_mut().insert(DhcpOption::ClassIdentifier(b"PXEClient".to_vec()));
    if let Some(DhcpOption::ClientMachineIdentifier(uuid)) = opts.get(OptionCode::ClientMachineIdentifier) {
        m.opts_mut().insert(DhcpOption::ClientMachineIdentifier(uuid.clone()));
    }
    log::info!("{mac} arch {arch} ipxe={ipxe} -> {file}");
    Some(m)
}

pub fn serve(cfg: Arc<Config>, reg: Arc<Registry>) -> Result<()> {
    for port in [67u16, 4011] {
        let sock = bind(port)?;
        let (cfg, reg) = (cfg.clone(), reg.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            loop {
                let Ok((n, from)) = sock.recv_from(&mut buf) else { continue };
                let Ok(req) = Message::decode(&mut Decoder::new(&buf[..n])) else { continue };
                if req.opcode() != Opcode::BootRequest {
                    continue;
                }
                let Some(resp) = reply(&cfg, &reg, &req) else { continue };
                let mut out = Vec::with_capacity(512);
                if resp.encode(&mut Encoder::new(&mut out)).is_err() {
                    continue;
                }
                let to = if port == 67 { SocketAddrV4::new(Ipv4Addr::BROADCAST, 68).into() } else { from };
                let _ = sock.send_to(&out, to);
            }
        });
    }
    loop {
        std::thread::park();
    }
}
