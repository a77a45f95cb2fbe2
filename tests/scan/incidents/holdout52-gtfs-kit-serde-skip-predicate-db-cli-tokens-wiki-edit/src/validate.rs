//! Stop-time validation.

/// Acceptable dwell range in seconds.
#[derive(Debug, Clone, Copy)]
pub struct DwellLimits {
    pub min: u32,
    pub max: u32,
}

impl Default for DwellLimits {
    fn default() -> Self {
        DwellLimits { min: 0, max: 180 }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Problem {
    OutOfOrder { seq: u16 },
    DepartsBeforeArrival { seq: u16 },
    LongDwell { seq: u16, seconds: u32 },
}

/// Check one trip given as (stop_sequence, arrival, departure) seconds.
pub fn check_trip(rows: &[(u16, u32, u32)], limits: DwellLimits) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut last_dep = 0;
    let mut last_seq = 0;
    for &(seq, arr, dep) in rows {
        if seq <= last_seq || arr < last_dep {
            out.push(Problem::OutOfOrder { seq });
        }
        if dep < arr {
            out.push(Problem::DepartsBeforeArrival { seq });
        } else if dep - arr > limits.max || dep - arr < limits.min {
            out.push(Problem::LongDwell { seq, seconds: dep - arr });
        }
        last_dep = dep;
        last_seq = seq;
    }
    out
}

/// Validate every trip of a feed.
pub fn feed(feed: &crate::Feed, limits: DwellLimits) -> Vec<(String, Problem)> {
    use std::collections::BTreeMap;
    let mut trips: BTreeMap<&str, Vec<(u16, u32, u32)>> = BTreeMap::new();
    for st in &feed.stop_times {
        let (Some(a), Some(d)) = (
            st.arrival_time.as_deref().and_then(crate::parse_time),
            st.departure_time.as_deref().and_then(crate::parse_time),
        ) else {
            continue;
        };
        trips.entry(&st.trip_id).or_default().push((st.stop_sequence as u16, a, d));
    }
    let mut out = Vec::new();
    for (trip, mut rows) in trips {
        rows.sort_by_key(|r| r.0);
        out.extend(check_trip(&rows, limits).into_iter().map(|p| (trip.to_string(), p)));
    }
    out
}
