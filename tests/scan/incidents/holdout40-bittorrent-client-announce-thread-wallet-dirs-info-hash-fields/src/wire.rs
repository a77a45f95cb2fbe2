//! Peer wire protocol handshake.

pub fn handshake(info_hash: &[u8; 20], peer_id: &[u8; 20]) -> Vec<u8> {
    let mut v = vec![19u8];
    v.extend_from_slice(b"BitTorrent protocol");
    v.extend_from_slice(&[0, 0, 0, 0, 0, 0x10, 0, 0x05]);
    v.extend_from_slice(info_hash);
    v.extend_from_slice(peer_id);
    v
}
