//! Serialized, self-restoring environment changes for tests. See [`env_test`].

pub use test_env_guard_macros::env_test;

#[doc(hidden)]
#[path = "rt/mod.rs"]
pub mod __rt;

pub use __rt::EnvGuard;
