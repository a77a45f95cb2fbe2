use semver::Version;
use std::cmp::Ordering;
use std::fmt;

/// One end of an interval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bound {
    Unbounded,
    Inclusive(Version),
    Exclusive(Version),
}

/// A half-open (or closed) interval of versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interval {
    pub lower: Bound,
    pub upper: Bound,
}

/// A normalised union of disjoint intervals, sorted by lower bound.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Range {
    intervals: Vec<Interval>,
}

fn cmp_lower(a: &Bound, b: &Bound) -> Ordering {
    match (a, b) {
        (Bound::Unbounded, Bound::Unbounded) => Ordering::Equal,
        (Bound::Unbounded, _) => Ordering::Less,
        (_, Bound::Unbounded) => Ordering::Greater,
        (Bound::Inclusive(x), Bound::Inclusive(y)) | (Bound::Exclusive(x), Bound::Exclusive(y)) => x.cmp(y),
        (Bound::Inclusive(x), Bound::Exclusive(y)) => x.cmp(y).then(Ordering::Less),
        (Bound::Exclusive(x), Bound::Inclusive(y)) => x.cmp(y).then(Ordering::Greater),
    }
}

fn cmp_upper(a: &Bound, b: &Bound) -> Ordering {
    match (a, b) {
        (Bound::Unbounded, Bound::Unbounded) => Ordering::Equal,
        (Bound::Unbounded, _) => Ordering::Greater,
        (_, Bound::Unbounded) => Ordering::Less,
        (Bound::Inclusive(x), Bound::Inclusive(y)) | (Bound::Exclusive(x), Bound::Exclusive(y)) => x.cmp(y),
        (Bound::Inclusive(x), Bound::Exclusive(y)) => x.cmp(y).then(Ordering::Greater),
        (Bound::Exclusive(x), Bound::Inclusive(y)) => x.cmp(y).then(Ordering::Less),
    }
}

impl Interval {
    pub fn is_empty(&self) -> bool {
        match (&self.lower, &self.upper) {
            (Bound::Inclusive(l), Bound::Inclusive(u)) => l > u,
            (Bound::Inclusive(l), Bound::Exclusive(u))
            | (Bound::Exclusive(l), Bound::Inclusive(u))
            | (Bound::Exclusive(l), Bound::Exclusive(u)) => l >= u,
            _ => false,
        }
    }

    pub fn contains(&self, v: &Version) -> bool {
        let above = match &self.lower {
            Bound::Unbounded => true,
            Bound::Inclusive(l) => v >= l,
            Bound::Exclusive(l) => v > l,
        };
        let below = match &self.upper {
            Bound::Unbounded => true,
            Bound::Inclusive(u) => v <= u,
            Bound::Exclusive(u) => v < u,
        };
        above && below
    }

    fn intersect(&self, other: &Interval) -> Interval {
        let lower = if cmp_lower(&self.lower, &other.lower) == Ordering::Less { other.lower.clone() } else { self.lower.clone() };
        let upper = if cmp_upper(&self.upper, &other.upper) == Ordering::Greater { other.upper.clone() } else { self.upper.clone() };
        Interval { lower, upper }
    }
}

impl Range {
    pub(crate) fn from_intervals(mut v: Vec<Interval>) -> Range {
        v.retain(|i| !i.is_empty());
        v.sort_by(|a, b| cmp_lower(&a.lower, &b.lower));
        let mut out: Vec<Interval> = Vec::with_capacity(v.len());
        for i in v {
            if let Some(last) = out.last_mut() {
                let touches = match (&last.upper, &i.lower) {
                    (Bound::Unbounded, _) | (_, Bound::Unbounded) => true,
                    (Bound::Inclusive(u), Bound::Inclusive(l)) => l <= u,
                    (Bound::Inclusive(u), Bound::Exclusive(l)) | (Bound::Exclusive(u), Bound::Inclusive(l)) => l <= u,
                    (Bound::Exclusive(u), Bound::Exclusive(l)) => l < u,
                };
                if touches {
                    if cmp_upper(&i.upper, &last.upper) == Ordering::Greater {
                        last.upper = i.upper;
                    }
                    continue;
                }
            }
            out.push(i);
        }
        Range { intervals: out }
    }

    pub fn intervals(&self) -> &[Interval] {
        &self.intervals
    }

    pub fn contains(&self, v: &Version) -> bool {
        self.intervals.iter().any(|i| i.contains(v))
    }

    pub fn intersect(&self, other: &Range) -> Range {
        let mut v = Vec::new();
        for a in &self.intervals {
            for b in &other.intervals {
                v.push(a.intersect(b));
            }
        }
        Range::from_intervals(v)
    }

    pub fn union(&self, other: &Range) -> Range {
        Range::from_intervals(self.intervals.iter().chain(&other.intervals).cloned().collect())
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.intervals.is_empty() {
            return f.write_str("<0.0.0-0");
        }
        for (n, i) in self.intervals.iter().enumerate() {
            if n > 0 {
                f.write_str(" || ")?;
            }
            let lo = match &i.lower {
                Bound::Unbounded => None,
                Bound::Inclusive(v) => Some(format!(">={v}")),
                Bound::Exclusive(v) => Some(format!(">{v}")),
            };
            let hi = match &i.upper {
                Bound::Unbounded => None,
                Bound::Inclusive(v) => Some(format!("<={v}")),
                Bound::Exclusive(v) => Some(format!("<{v}")),
            };
            match (lo, hi) {
                (Some(l), Some(h)) => write!(f, "{l}, {h}")?,
                (Some(l), None) => f.write_str(&l)?,
                (None, Some(h)) => f.write_str(&h)?,
                (None, None) => f.write_str("*")?,
            }
        }
        Ok(())
    }
}
