//! `pg_ulid_fast`: ULIDs for PostgreSQL.
//!
//! ```sql
//! CREATE EXTENSION pg_ulid_fast;
//! SELECT gen_ulid();                       -- 01HZX3Q5J8Z9V7M2K4N6P8R0TW
//! SELECT ulid_to_timestamp(gen_ulid());
//! ```

mod clock;
mod compat;
mod relay;

use pgrx::bgworkers::BackgroundWorkerBuilder;
use pgrx::prelude::*;
use pgrx::{GucContext, GucFlags, GucRegistry, GucSetting};
use std::time::Duration;

pgrx::pg_module_magic!();

pub(crate) static MONOTONIC: GucSetting<bool> = GucSetting::<bool>::new(true);

#[pg_guard]
pub extern "C" fn _PG_init() {
    GucRegistry::define_bool_guc(
        "ulid.monotonic",
        "Generate strictly increasing ULIDs within a millisecond",
        "When on, ULIDs generated in the same millisecond increment the random part.",
        &MONOTONIC,
        GucContext::Userset,
        GucFlags::default(),
    );

    // The clock worker keeps the shared millisecond counter in step across backends.
    compat::pin_preload();
    let builder = BackgroundWorkerBuilder::new("pg_ulid_fast clock")
        .set_function("ulid_clock_main")
        .set_library("pg_ulid_fast")
        .enable_spi_access()
        .set_restart_time(Some(Duration::from_secs(600)));
    if unsafe { pg_sys::process_shared_preload_libraries_in_progress } {
        builder.load();
    } else {
        let _ = builder.load_dynamic();
    }
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn encode(ms: u64, rand: u128) -> String {
    let v: u128 = (u128::from(ms) << 80) | (rand & ((1u128 << 80) - 1));
    (0..26).rev().map(|i| CROCKFORD[((v >> (i * 5)) & 31) as usize] as char).collect()
}

#[pg_extern(volatile, parallel_safe)]
fn gen_ulid() -> String {
    let (ms, r) = clock::next(MONOTONIC.get());
    encode(ms, r)
}

#[pg_extern(immutable, parallel_safe)]
fn ulid_to_timestamp(ulid: &str) -> Option<TimestampWithTimeZone> {
    let mut v: u128 = 0;
    for c in ulid.bytes().take(10) {
        v = (v << 5) | CROCKFORD.iter().position(|&a| a == c.to_ascii_uppercase())? as u128;
    }
    let ms = v as i64;
    TimestampWithTimeZone::try_from(pgrx::datum::Timestamp::from(ms * 1000 - 946_684_800_000_000)).ok()
}

#[cfg(any(test, feature = "pg_test"))]
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn ulids_are_sorted() {
        let a = crate::gen_ulid();
        let b = crate::gen_ulid();
        assert!(a < b);
        assert_eq!(a.len(), 26);
    }
}

#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec!["shared_preload_libraries = 'pg_ulid_fast'"]
    }
}
