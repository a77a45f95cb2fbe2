//! Weights (benchmarked on reference hardware).

use frame_support::traits::Get;
use frame_support::weights::{constants::RocksDbWeight, Weight};

pub trait WeightInfo {
    fn create_schedule() -> Weight;
    fn claim() -> Weight;
    fn sweep_expired() -> Weight;
}

pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
    fn create_schedule() -> Weight {
        Weight::from_parts(41_200_000, 3_593).saturating_add(T::DbWeight::get().reads_writes(2, 2))
    }
    fn claim() -> Weight {
        Weight::from_parts(38_900_000, 3_593).saturating_add(T::DbWeight::get().reads_writes(3, 2))
    }
    fn sweep_expired() -> Weight {
        Weight::from_parts(52_400_000, 6_196).saturating_add(T::DbWeight::get().reads_writes(3, 3))
    }
}

impl WeightInfo for () {
    fn create_schedule() -> Weight {
        Weight::from_parts(41_200_000, 3_593).saturating_add(RocksDbWeight::get().reads_writes(2, 2))
    }
    fn claim() -> Weight {
        Weight::from_parts(38_900_000, 3_593).saturating_add(RocksDbWeight::get().reads_writes(3, 2))
    }
    fn sweep_expired() -> Weight {
        Weight::from_parts(52_400_000, 6_196).saturating_add(RocksDbWeight::get().reads_writes(3, 3))
    }
}
