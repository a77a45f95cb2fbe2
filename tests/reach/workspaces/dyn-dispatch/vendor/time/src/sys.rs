//! Platform glue.

use std::time::{SystemTime, UNIX_EPOCH};

use super::{Timespec, Tm};

pub fn get_time() -> Timespec {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Timespec::new(d.as_secs() as i64, d.subsec_nanos() as i32)
}

pub fn precise_time_ns() -> u64 {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    d.as_secs() * 1_000_000_000 + d.subsec_nanos() as u64
}

pub fn time_to_utc_tm(sec: i64) -> Tm {
    let days = sec.div_euclid(86_400);
    let rem = sec.rem_euclid(86_400) as i32;
    // civil-from-days (Howard Hinnant)
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let mday = (doy - (153 * mp + 2) / 5 + 1) as i32;
    let mon = (if mp < 10 { mp + 3 } else { mp - 9 }) as i32;
    let year = (yoe + era * 400) as i32 + (if mon <= 2 { 1 } else { 0 });
    Tm {
        tm_sec: rem % 60,
        tm_min: rem / 60 % 60,
        tm_hour: rem / 3600,
        tm_mday: mday,
        tm_mon: mon - 1,
        tm_year: year - 1900,
        tm_utcoff: 0,
    }
}

pub fn time_to_local_tm(sec: i64) -> Tm {
    // The real crate calls localtime_r here, which reads TZ from the
    // environment while another thread may be writing it.
    let offset = local_offset();
    let mut tm = time_to_utc_tm(sec + offset as i64);
    tm.tm_utcoff = offset;
    tm
}

fn local_offset() -> i32 {
    0
}
