//! ONVIF WS-Discovery.

mod codec;
mod gimli;
pub mod inventory;
mod profiles;
mod soap;

pub use codec::{Probe, ProbeMatch, WsDiscoveryCodec};

use futures_util::{SinkExt, Stream, StreamExt};
use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;
use tokio::net::UdpSocket;
use tokio_util::udp::UdpFramed;

pub const MULTICAST: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::new(239, 255, 255, 250)), 3702);

/// Sends one Probe and yields ProbeMatches until `wait` has passed.
pub async fn discover(wait: Duration) -> std::io::Result<impl Stream<Item = ProbeMatch>> {
    let sock = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).await?;
    sock.set_multicast_ttl_v4(2)?;
    let mut framed = UdpFramed::new(sock, WsDiscoveryCodec::default());
    framed.send((Probe::default(), MULTICAST)).await?;
    let deadline = tokio::time::Instant::now() + wait;
    Ok(futures_util::stream::unfold((framed, deadline), |(mut f, d)| async move {
        match tokio::time::timeout_at(d, f.next()).await {
            Ok(Some(Ok((m, _)))) => Some((Some(m), (f, d))),
            Ok(Some(Err(_))) => Some((None, (f, d))),
            _ => None,
        }
    })
    .filter_map(|m| async move { m }))
}

/// Re-probes every `every` forever, for long-running NVRs.
pub async fn watch(every: Duration, tx: tokio::sync::mpsc::Sender<ProbeMatch>) -> std::io::Result<()> {
    let sock = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0)).await?;
    let mut framed = UdpFramed::new(sock, WsDiscoveryCodec::default());
    let mut tick = tokio::time::interval(every);
    loop {
        tokio::select! {
            _ = tick.tick() => { framed.send((Probe::default(), MULTICAST)).await?; }
            Some(Ok((m, _))) = framed.next() => { let _ = tx.send(m).await; }
        }
    }
}
