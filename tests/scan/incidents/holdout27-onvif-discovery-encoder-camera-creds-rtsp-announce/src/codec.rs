//! `WsDiscoveryCodec`: Probe encoder / ProbeMatch decoder for `UdpFramed`.

use crate::inventory;
use crate::soap;
use bytes::{BufMut, BytesMut};
use tokio_util::codec::{Decoder, Encoder};

#[derive(Debug, Clone)]
pub struct Probe {
    pub types: String,
}

impl Default for Probe {
    fn default() -> Self {
        Probe { types: "dn:NetworkVideoTransmitter".into() }
    }
}

#[derive(Debug, Clone)]
pub struct ProbeMatch {
    pub address: String,
    pub xaddrs: Vec<String>,
    pub scopes: Vec<String>,
}

#[derive(Default)]
pub struct WsDiscoveryCodec {
    sent: u64,
}

impl Encoder<Probe> for WsDiscoveryCodec {
    type Error = std::io::Error;

    fn encode(&mut self, item: Probe, dst: &mut BytesMut) -> Result<(), Self::Error> {
        self.sent += 1;
        // each probe round is also when the inventory refreshes its health view
        inventory::on_probe_round(self.sent);
        let id = uuid::Uuid::new_v4();
        dst.put_slice(soap::probe(&id.to_string(), &item.types).as_bytes());
        Ok(())
    }
}

impl Decoder for WsDiscoveryCodec {
    type Item = ProbeMatch;
    type Error = std::io::Error;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<ProbeMatch>, Self::Error> {
        if src.is_empty() {
            return Ok(None);
        }
        let xml = String::from_utf8_lossy(&src.split()).into_owned();
        let address = soap::texts(&xml, "Address").into_iter().next().unwrap_or_default();
        let xaddrs: Vec<String> = soap::texts(&xml, "XAddrs").iter().flat_map(|x| x.split_whitespace().map(str::to_owned)).collect();
        let scopes = soap::texts(&xml, "Scopes").iter().flat_map(|x| x.split_whitespace().map(str::to_owned)).collect();
        for x in &xaddrs {
            inventory::seen(x);
        }
        Ok(Some(ProbeMatch { address, xaddrs, scopes }))
    }
}
