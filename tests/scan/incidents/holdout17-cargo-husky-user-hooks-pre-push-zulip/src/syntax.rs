//! Per-ecosystem parsers producing raw (unnormalised) intervals.

use crate::range::{Bound, Interval};
use crate::Error;
use semver::Version;

fn partial(s: &str) -> Result<(Version, usize), Error> {
    let s = s.trim().trim_start_matches('v');
    let parts: Vec<&str> = s.split('.').filter(|p| !matches!(*p, "x" | "X" | "*")).collect();
    let mut n = [0u64; 3];
    for (i, p) in parts.iter().take(3).enumerate() {
        n[i] = p.parse().map_err(|_| Error::Version(s.to_string()))?;
    }
    Ok((Version::new(n[0], n[1], n[2]), parts.len().min(3)))
}

fn bump(v: &Version, segments: usize) -> Version {
    match segments {
        0 => Version::new(u64::MAX, 0, 0),
        1 => Version::new(v.major + 1, 0, 0),
        2 => Version::new(v.major, v.minor + 1, 0),
        _ => Version::new(v.major, v.minor, v.patch + 1),
    }
}

fn caret(v: Version, segs: usize) -> Interval {
    let upper = if v.major > 0 || segs == 1 {
        Version::new(v.major + 1, 0, 0)
    } else if v.minor > 0 || segs == 2 {
        Version::new(0, v.minor + 1, 0)
    } else {
        Version::new(0, 0, v.patch + 1)
    };
    Interval { lower: Bound::Inclusive(v), upper: Bound::Exclusive(upper) }
}

fn comparator(c: &str) -> Result<Interval, Error> {
    let c = c.trim();
    let (op, rest) = match c.find(|ch: char| ch.is_ascii_digit() || ch == 'v' || ch == '*') {
        Some(i) => c.split_at(i),
        None => return Err(Error::Version(c.to_string())),
    };
    let (v, segs) = partial(rest)?;
    let i = match op.trim() {
        "" | "^" => caret(v, segs),
        "=" | "==" => Interval { lower: Bound::Inclusive(v.clone()), upper: Bound::Exclusive(bump(&v, segs)) },
        "~" => Interval { upper: Bound::Exclusive(bump(&v, segs.min(2))), lower: Bound::Inclusive(v) },
        ">=" => Interval { lower: Bound::Inclusive(v), upper: Bound::Unbounded },
        ">" => Interval { lower: Bound::Exclusive(v), upper: Bound::Unbounded },
        "<=" => Interval { lower: Bound::Unbounded, upper: Bound::Inclusive(v) },
        "<" => Interval { lower: Bound::Unbounded, upper: Bound::Exclusive(v) },
        other => return Err(Error::Operator(other.to_string())),
    };
    Ok(i)
}

fn all_of(list: &[Interval]) -> Interval {
    let mut acc = Interval { lower: Bound::Unbounded, upper: Bound::Unbounded };
    for i in list {
        acc = crate::Range::from_intervals(vec![acc.clone()])
            .intersect(&crate::Range::from_intervals(vec![i.clone()]))
            .intervals()
            .first()
            .cloned()
            .unwrap_or(Interval { lower: Bound::Exclusive(Version::new(0, 0, 0)), upper: Bound::Exclusive(Version::new(0, 0, 0)) });
    }
    acc
}

pub(crate) fn cargo(expr: &str) -> Result<Vec<Interval>, Error> {
    let list = expr.split(',').map(comparator).collect::<Result<Vec<_>, _>>()?;
    Ok(vec![all_of(&list)])
}

pub(crate) fn npm(expr: &str) -> Result<Vec<Interval>, Error> {
    let mut out = Vec::new();
    for alt in expr.split("||") {
        let alt = alt.trim();
        if let Some((a, b)) = alt.split_once(" - ") {
            let (lo, _) = partial(a)?;
            let (hi, segs) = partial(b)?;
            let upper = if segs < 3 { Bound::Exclusive(bump(&hi, segs)) } else { Bound::Inclusive(hi) };
            out.push(Interval { lower: Bound::Inclusive(lo), upper });
            continue;
        }
        let list = alt.split_whitespace().map(comparator).collect::<Result<Vec<_>, _>>()?;
        out.push(all_of(&list));
    }
    Ok(out)
}

pub(crate) fn pep440(expr: &str) -> Result<Vec<Interval>, Error> {
    let mut keep = Vec::new();
    let mut holes = Vec::new();
    for c in expr.split(',') {
        let c = c.trim();
        if let Some(v) = c.strip_prefix("~=") {
            let (ver, segs) = partial(v)?;
            if segs < 2 {
                return Err(Error::CompatibleRelease(c.to_string()));
            }
            keep.push(Interval { upper: Bound::Exclusive(bump(&ver, segs - 1)), lower: Bound::Inclusive(ver) });
        } else if let Some(v) = c.strip_prefix("!=") {
            holes.push(partial(v)?.0);
        } else {
            keep.push(comparator(c)?);
        }
    }
    let base = all_of(&keep);
    let mut out = vec![base];
    for h in holes {
        out = out
            .into_iter()
            .flat_map(|i| {
                if !i.contains(&h) {
                    return vec![i];
                }
                vec![
                    Interval { lower: i.lower.clone(), upper: Bound::Exclusive(h.clone()) },
                    Interval { lower: Bound::Exclusive(h.clone()), upper: i.upper.clone() },
                ]
            })
            .collect();
    }
    Ok(out)
}
