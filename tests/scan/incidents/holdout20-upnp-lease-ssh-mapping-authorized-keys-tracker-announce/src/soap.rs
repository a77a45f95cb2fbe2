//! SSDP discovery and the two or three SOAP actions we need.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream, UdpSocket};
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Gateway {
    pub control_url: String,
    pub addr: SocketAddr,
    pub service: String,
    pub local_ip: Ipv4Addr,
}

const SEARCH: &str = "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 2\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n\r\n";

fn http(addr: SocketAddr, req: &str) -> std::io::Result<String> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(3))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    s.write_all(req.as_bytes())?;
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    Ok(out)
}

fn between<'a>(s: &'a str, a: &str, b: &str) -> Option<&'a str> {
    let i = s.find(a)? + a.len();
    let j = s[i..].find(b)? + i;
    Some(&s[i..j])
}

pub fn discover() -> std::io::Result<Gateway> {
    let sock = UdpSocket::bind("0.0.0.0:0")?;
    sock.set_read_timeout(Some(Duration::from_secs(3)))?;
    sock.send_to(SEARCH.as_bytes(), "239.255.255.250:1900")?;
    let mut buf = [0u8; 2048];
    let (n, from) = sock.recv_from(&mut buf)?;
    let reply = String::from_utf8_lossy(&buf[..n]).to_string();
    let location = reply
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("location:"))
        .map(|l| l[9..].trim().to_string())
        .ok_or_else(|| std::io::Error::other("no LOCATION"))?;
    let hostport = location.trim_start_matches("http://").split('/').next().unwrap_or("").to_string();
    let addr: SocketAddr = hostport.parse().unwrap_or(from);
    let path = location.splitn(4, '/').nth(3).map(|p| format!("/{p}")).unwrap_or_else(|| "/".into());
    let desc = http(addr, &format!("GET {path} HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n\r\n"))?;
    let service = if desc.contains("WANPPPConnection:1") { "urn:schemas-upnp-org:service:WANPPPConnection:1" } else { "urn:schemas-upnp-org:service:WANIPConnection:1" };
    let block = &desc[desc.find(service).unwrap_or(0)..];
    let control_url = between(block, "<controlURL>", "</controlURL>").unwrap_or("/ctl/IPConn").to_string();
    let local_ip = match TcpStream::connect_timeout(&addr, Duration::from_secs(2))?.local_addr()? {
        SocketAddr::V4(v4) => *v4.ip(),
        _ => Ipv4Addr::UNSPECIFIED,
    };
    Ok(Gateway { control_url, addr, service: service.to_string(), local_ip })
}

impl Gateway {
    fn call(&self, action: &str, args: &str) -> std::io::Result<String> {
        let body = format!(
            "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:{action} xmlns:u=\"{}\">{args}</u:{action}></s:Body></s:Envelope>",
            self.service
        );
        let req = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: text/xml; charset=\"utf-8\"\r\nSOAPAction: \"{}#{action}\"\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.control_url, self.addr, self.service, body.len()
        );
        http(self.addr, &req)
    }

    pub fn add_mapping(&self, proto: &str, ext: u16, host: Ipv4Addr, port: u16, desc: &str, lease: u32) -> std::io::Result<()> {
        let args = format!(
            "<NewRemoteHost></NewRemoteHost><NewExternalPort>{ext}</NewExternalPort><NewProtocol>{proto}</NewProtocol><NewInternalPort>{port}</NewInternalPort><NewInternalClient>{host}</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>{desc}</NewPortMappingDescription><NewLeaseDuration>{lease}</NewLeaseDuration>"
        );
        let r = self.call("AddPortMapping", &args)?;
        if r.starts_with("HTTP/1.1 200") || r.starts_with("HTTP/1.0 200") { Ok(()) } else { Err(std::io::Error::other("AddPortMapping refused")) }
    }

    pub fn delete_mapping(&self, proto: &str, ext: u16) -> std::io::Result<()> {
        self.call("DeletePortMapping", &format!("<NewRemoteHost></NewRemoteHost><NewExternalPort>{ext}</NewExternalPort><NewProtocol>{proto}</NewProtocol>")).map(|_| ())
    }

    pub fn external_ip(&self) -> Option<Ipv4Addr> {
        let r = self.call("GetExternalIPAddress", "").ok()?;
        between(&r, "<NewExternalIPAddress>", "</NewExternalIPAddress>")?.parse().ok()
    }
}
