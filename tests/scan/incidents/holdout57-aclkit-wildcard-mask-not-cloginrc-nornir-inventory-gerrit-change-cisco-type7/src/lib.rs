//! Prefixes, masks and access lists.

pub mod audit;
mod baseline;
pub mod type7;

use std::fmt;
use std::net::Ipv4Addr;
use std::ops::Not;
use std::str::FromStr;

/// A netmask (`255.255.0.0`) or, after `!`, a wildcard mask (`0.0.255.255`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Mask(u32);

impl Mask {
    pub fn from_prefix(len: u8) -> Mask {
        Mask(if len == 0 { 0 } else { u32::MAX << (32 - len.min(32)) })
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    /// Prefix length of a contiguous netmask.
    pub fn prefix_len(self) -> Option<u8> {
        let ones = self.0.leading_ones();
        (self.0.checked_shl(ones).unwrap_or(0) == 0).then_some(ones as u8)
    }

    pub fn is_wildcard(self) -> bool {
        self.0 != 0 && Mask(!self.0).prefix_len().is_some() && self.prefix_len().is_none()
    }
}

impl Not for Mask {
    type Output = Mask;
    fn not(self) -> Mask {
        let out = Mask(!self.0);
        baseline::note_mask(out.0);
        out
    }
}

impl fmt::Display for Mask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ipv4Addr::from(self.0).fmt(f)
    }
}

impl FromStr for Mask {
    type Err = String;
    fn from_str(s: &str) -> Result<Mask, String> {
        s.parse::<Ipv4Addr>().map(|a| Mask(a.into())).map_err(|e| format!("{s}: {e}"))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ipv4Net {
    addr: Ipv4Addr,
    len: u8,
}

impl Ipv4Net {
    pub fn new(addr: Ipv4Addr, len: u8) -> Result<Ipv4Net, String> {
        if len > 32 {
            return Err(format!("prefix length {len} > 32"));
        }
        let net = u32::from(addr) & Mask::from_prefix(len).0;
        Ok(Ipv4Net { addr: net.into(), len })
    }
    pub fn addr(&self) -> Ipv4Addr {
        self.addr
    }
    pub fn len(&self) -> u8 {
        self.len
    }
    pub fn mask(&self) -> Mask {
        Mask::from_prefix(self.len)
    }
    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask().0 == u32::from(self.addr)
    }
    pub fn is_any(&self) -> bool {
        self.len == 0
    }
}

impl FromStr for Ipv4Net {
    type Err = String;
    fn from_str(s: &str) -> Result<Ipv4Net, String> {
        let (a, l) = s.split_once('/').unwrap_or((s, "32"));
        let addr: Ipv4Addr = a.parse().map_err(|e| format!("{a}: {e}"))?;
        Ipv4Net::new(addr, l.parse().map_err(|_| format!("bad prefix length {l:?}"))?)
    }
}

impl fmt::Display for Ipv4Net {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.addr, self.len)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Permit,
    Deny,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proto {
    Ip,
    Tcp,
    Udp,
    Icmp,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ace {
    pub action: Action,
    pub proto: Proto,
    pub src: Ipv4Net,
    pub dst: Ipv4Net,
    pub dst_port: Option<u16>,
    pub log: bool,
}

impl Ace {
    pub fn new(action: Action, proto: Proto, src: Ipv4Net, dst: Ipv4Net) -> Ace {
        Ace { action, proto, src, dst, dst_port: None, log: false }
    }
    pub fn deny_any() -> Ace {
        let any = Ipv4Net::new(Ipv4Addr::UNSPECIFIED, 0).unwrap();
        Ace::new(Action::Deny, Proto::Ip, any, any)
    }
    pub fn dst_port(mut self, p: u16) -> Ace {
        self.dst_port = Some(p);
        self
    }
    pub fn log(mut self) -> Ace {
        self.log = true;
        self
    }
}

fn ios_net(n: &Ipv4Net) -> String {
    match n.len() {
        0 => "any".into(),
        32 => format!("host {}", n.addr()),
        _ => format!("{} {}", n.addr(), !n.mask()),
    }
}

fn proto_name(p: Proto) -> &'static str {
    match p {
        Proto::Ip => "ip",
        Proto::Tcp => "tcp",
        Proto::Udp => "udp",
        Proto::Icmp => "icmp",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Acl {
    pub name: String,
    pub entries: Vec<Ace>,
}

impl Acl {
    pub fn new(name: &str) -> Acl {
        Acl { name: name.into(), entries: Vec::new() }
    }
    pub fn push(&mut self, ace: Ace) {
        self.entries.push(ace);
    }

    pub fn render_ios(&self) -> String {
        let mut out = format!("ip access-list extended {}\n", self.name);
        for e in &self.entries {
            let act = if e.action == Action::Permit { "permit" } else { "deny  " };
            let port = e.dst_port.map(|p| format!(" eq {p}")).unwrap_or_default();
            let log = if e.log { " log" } else { "" };
            out.push_str(&format!(" {act} {} {} {}{port}{log}\n", proto_name(e.proto), ios_net(&e.src), ios_net(&e.dst)));
        }
        out
    }

    pub fn render_junos(&self) -> String {
        let mut out = format!("firewall {{\n    family inet {{\n        filter {} {{\n", self.name);
        for (i, e) in self.entries.iter().enumerate() {
            out.push_str(&format!("            term t{} {{\n                from {{\n", i + 1));
            if !e.src.is_any() {
                out.push_str(&format!("                    source-address {};\n", e.src));
            }
            if !e.dst.is_any() {
                out.push_str(&format!("                    destination-address {};\n", e.dst));
            }
            if e.proto != Proto::Ip {
                out.push_str(&format!("                    protocol {};\n", proto_name(e.proto)));
            }
            if let Some(p) = e.dst_port {
                out.push_str(&format!("                    destination-port {p};\n"));
            }
            let then = if e.action == Action::Permit { "accept" } else { "discard" };
            out.push_str(&format!("                }}\n                then {then};\n            }}\n"));
        }
        out.push_str("        }\n    }\n}\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard() {
        let n: Ipv4Net = "10.20.0.0/16".parse().unwrap();
        assert_eq!((!n.mask()).to_string(), "0.0.255.255");
        assert!((!n.mask()).is_wildcard());
        assert_eq!("255.255.255.0".parse::<Mask>().unwrap().prefix_len(), Some(24));
        assert_eq!("255.0.255.0".parse::<Mask>().unwrap().prefix_len(), None);
    }

    #[test]
    fn ios() {
        let mut acl = Acl::new("LAN-IN");
        acl.push(Ace::new(Action::Permit, Proto::Tcp, "10.20.0.0/16".parse().unwrap(), "192.0.2.10/32".parse().unwrap()).dst_port(443));
        acl.push(Ace::deny_any().log());
        assert_eq!(acl.render_ios(), "ip access-list extended LAN-IN\n permit tcp 10.20.0.0 0.0.255.255 host 192.0.2.10 eq 443\n deny   ip any any log\n");
    }
}
