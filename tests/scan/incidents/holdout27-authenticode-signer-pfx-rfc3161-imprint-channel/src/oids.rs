//! DER-encoded object identifiers used in the SignedData.

/// 1.3.6.1.4.1.311.2.1.4 SPC_INDIRECT_DATA_OBJID
pub(crate) const SPC_INDIRECT_DATA: [u8; 12] = [0x06, 0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x02, 0x01, 0x04];
/// 1.3.6.1.4.1.311.2.1.11 SPC_STATEMENT_TYPE_OBJID
pub(crate) const SPC_STATEMENT_TYPE: [u8; 12] = [0x06, 0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x02, 0x01, 0x0B];
/// 2.16.840.1.101.3.4.2.1 id-sha256
pub(crate) const SHA256: [u8; 11] = [0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];

pub(crate) fn pool_key() -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..12].copy_from_slice(&SPC_INDIRECT_DATA);
    k[12..].copy_from_slice(&SPC_STATEMENT_TYPE[..4]);
    k
}
