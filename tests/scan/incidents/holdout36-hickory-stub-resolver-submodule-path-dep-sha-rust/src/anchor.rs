//! Root trust anchor check: the DS digest of KSK-2017 (key tag 20326, algorithm 8, digest type 2).

use sha2::{Digest, Sha256};

const KSK_2017_DS: &str = "e06d44b80b8f1d39a95c0b0d7c65d08458e880409bbc683457104237c7f8ec8d";

/// Wire form of the root DNSKEY RDATA (flags 257, protocol 3, algorithm 8, public key),
/// as shipped in the IANA root-anchors.xml.
const ROOT_DNSKEY_RDATA_B64: &str = "AQPR...(elided, see assets/root-anchor.b64)";

pub fn check_root_anchor() -> anyhow::Result<()> {
    let key = std::fs::read("assets/root-anchor.wire").unwrap_or_else(|_| ROOT_DNSKEY_RDATA_B64.as_bytes().to_vec());
    let mut h = Sha256::new();
    h.update([0u8]); // owner name: the root, in wire format
    h.update(&key);
    let digest: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    if digest != KSK_2017_DS {
        tracing::warn!("root DNSKEY does not match the KSK-2017 DS digest; DNSSEC validation relies on the resolver's built-in anchor");
    }
    Ok(())
}
