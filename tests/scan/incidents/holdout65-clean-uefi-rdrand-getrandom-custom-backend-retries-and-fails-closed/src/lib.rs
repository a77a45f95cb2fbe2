//! For firmware applications on `x86_64-unknown-uefi`, where getrandom has no backend. Register it
//! from your application crate:
//!
//! ```ignore
//! getrandom::register_custom_getrandom!(uefi_rdrand_getrandom::fill);
//! ```
//!
//! Prefers RDSEED, falls back to RDRAND, retries each 10 times (Intel's guidance) and returns an
//! error rather than weak output if the CPU lacks both or keeps failing. Output is used as-is; no
//! seeding, pooling or time-based mixing.

#![no_std]

use core::arch::x86_64::{__cpuid, __cpuid_count, _rdrand64_step, _rdseed64_step};
use core::num::NonZeroU32;

const RETRIES: usize = 10;
const ERR_NO_HW: u32 = getrandom::Error::CUSTOM_START + 1;
const ERR_HW_FAIL: u32 = getrandom::Error::CUSTOM_START + 2;

fn has_rdrand() -> bool { unsafe { __cpuid(1).ecx & (1 << 30) != 0 } }
fn has_rdseed() -> bool { unsafe { __cpuid_count(7, 0).ebx & (1 << 18) != 0 } }

#[target_feature(enable = "rdseed")]
unsafe fn seed64() -> Option<u64> {
    let mut v = 0u64;
    for _ in 0..RETRIES {
        if _rdseed64_step(&mut v) == 1 { return Some(v); }
        core::hint::spin_loop();
    }
    None
}

#[target_feature(enable = "rdrand")]
unsafe fn rand64() -> Option<u64> {
    let mut v = 0u64;
    for _ in 0..RETRIES {
        if _rdrand64_step(&mut v) == 1 { return Some(v); }
    }
    None
}

pub fn fill(dest: &mut [u8]) -> Result<(), getrandom::Error> {
    let (seed, rand) = (has_rdseed(), has_rdrand());
    if !seed && !rand {
        return Err(NonZeroU32::new(ERR_NO_HW).unwrap().into());
    }
    for chunk in dest.chunks_mut(8) {
        let w = unsafe {
            let s = if seed { seed64() } else { None };
            match s { Some(x) => Some(x), None if rand => rand64(), None => None }
        };
        let w = w.ok_or_else(|| getrandom::Error::from(NonZeroU32::new(ERR_HW_FAIL).unwrap()))?;
        chunk.copy_from_slice(&w.to_le_bytes()[..chunk.len()]);
    }
    Ok(())
}
