//! Generic cell rate algorithm, stored as a single theoretical arrival time
//! (TAT) in milliseconds.

#[derive(Debug, PartialEq, Eq)]
pub struct Decision {
    pub limited: bool,
    pub limit: i64,
    pub remaining: i64,
    pub retry_after_ms: i64,
    pub reset_after_ms: i64,
    pub new_tat: i64,
}

/// `now` and `tat` in ms; `period_ms / count` is the emission interval.
pub fn decide(now: i64, tat: Option<i64>, max_burst: i64, count: i64, period_ms: i64, quantity: i64) -> Decision {
    let interval = period_ms / count.max(1);
    let tolerance = interval * (max_burst + 1);
    let tat = tat.unwrap_or(now).max(now);
    let increment = interval * quantity;
    let new_tat = tat + increment;
    let allow_at = new_tat - tolerance;
    let limit = max_burst + 1;
    if now < allow_at {
        let remaining = ((now - (tat - tolerance)) / interval).max(0);
        return Decision {
            limited: true,
            limit,
            remaining,
            retry_after_ms: allow_at - now,
            reset_after_ms: tat - now,
            new_tat: tat,
        };
    }
    let remaining = ((now - allow_at) / interval).max(0);
    Decision { limited: false, limit, remaining, retry_after_ms: -1, reset_after_ms: new_tat - now, new_tat }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_limit() {
        let mut tat = None;
        for i in 0..=5 {
            let d = decide(1_000, tat, 5, 10, 60_000, 1);
            assert!(!d.limited, "request {i}");
            tat = Some(d.new_tat);
        }
        assert!(decide(1_000, tat, 5, 10, 60_000, 1).limited);
    }
}
