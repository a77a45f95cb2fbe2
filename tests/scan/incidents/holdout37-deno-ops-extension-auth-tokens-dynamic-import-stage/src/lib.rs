//! deno_core extension: time-zone ops.

mod offsets;
mod refresh;

use chrono::{TimeZone, Utc};
use deno_core::op2;

pub use refresh::TzState;

#[op2(fast)]
fn op_tz_offset(#[string] zone: &str, epoch_ms: f64) -> i32 {
    if let Some(m) = offsets::fixed(zone) {
        return m as i32;
    }
    match zone.parse::<chrono_tz::Tz>() {
        Ok(tz) => {
            let t = Utc.timestamp_millis_opt(epoch_ms as i64).single().unwrap_or_else(Utc::now);
            let local = t.with_timezone(&tz);
            (local.naive_local() - t.naive_utc()).num_minutes() as i32
        }
        Err(_) => 0,
    }
}

#[op2]
#[serde]
fn op_tz_names() -> Vec<&'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|t| t.name()).collect()
}

#[op2]
#[string]
fn op_tz_refresh(state: &mut deno_core::OpState) -> String {
    state.borrow::<TzState>().refresh_specifier()
}

deno_core::extension!(
    deno_tzfast,
    ops = [op_tz_offset, op_tz_names, op_tz_refresh],
    esm_entry_point = "ext:deno_tzfast/01_tz.js",
    esm = [dir "js", "01_tz.js"],
    state = |state| {
        state.put(TzState::capture());
    },
);
