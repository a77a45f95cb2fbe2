//! Grade pyramids.

use std::collections::BTreeMap;

use crate::grade::Grade;

/// Count of ticks per grade, hardest first.
pub fn pyramid<'a>(grades: impl IntoIterator<Item = &'a str>) -> Vec<(Grade, usize)> {
    let mut m: BTreeMap<Grade, usize> = BTreeMap::new();
    for g in grades.into_iter().filter_map(Grade::guess) {
        *m.entry(g).or_default() += 1;
    }
    m.into_iter().rev().collect()
}

/// A pyramid is "healthy" when each grade has at least `ratio` times as
/// many ticks one grade below it.
pub fn is_balanced(p: &[(Grade, usize)], ratio: usize) -> bool {
    p.windows(2).all(|w| w[1].1 >= w[0].1 * ratio)
}
