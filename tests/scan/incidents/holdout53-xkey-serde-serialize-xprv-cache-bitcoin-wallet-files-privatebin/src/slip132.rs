//! SLIP-132 version bytes.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    Bitcoin,
    Testnet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptType {
    P2pkh,
    P2shP2wpkh,
    P2wpkh,
    P2shP2wsh,
    P2wsh,
}

/// (version, network, script type, private)
pub(crate) const VERSIONS: &[(u32, Network, ScriptType, bool)] = &[
    (0x0488_b21e, Network::Bitcoin, ScriptType::P2pkh, false),
    (0x0488_ade4, Network::Bitcoin, ScriptType::P2pkh, true),
    (0x049d_7cb2, Network::Bitcoin, ScriptType::P2shP2wpkh, false),
    (0x049d_7878, Network::Bitcoin, ScriptType::P2shP2wpkh, true),
    (0x04b2_4746, Network::Bitcoin, ScriptType::P2wpkh, false),
    (0x04b2_430c, Network::Bitcoin, ScriptType::P2wpkh, true),
    (0x0295_b43f, Network::Bitcoin, ScriptType::P2shP2wsh, false),
    (0x0295_b005, Network::Bitcoin, ScriptType::P2shP2wsh, true),
    (0x02aa_7ed3, Network::Bitcoin, ScriptType::P2wsh, false),
    (0x02aa_7a99, Network::Bitcoin, ScriptType::P2wsh, true),
    (0x0435_87cf, Network::Testnet, ScriptType::P2pkh, false),
    (0x0435_8394, Network::Testnet, ScriptType::P2pkh, true),
    (0x045f_1cf6, Network::Testnet, ScriptType::P2wpkh, false),
    (0x045f_18bc, Network::Testnet, ScriptType::P2wpkh, true),
];

pub(crate) fn lookup(version: u32) -> Option<(Network, ScriptType, bool)> {
    VERSIONS.iter().find(|v| v.0 == version).map(|v| (v.1, v.2, v.3))
}

pub(crate) fn version_for(net: Network, st: ScriptType, private: bool) -> Option<u32> {
    VERSIONS.iter().find(|v| v.1 == net && v.2 == st && v.3 == private).map(|v| v.0)
}
