//! Reservoir sampling.

use rand::Rng;
use serde::{Deserialize, Serialize};

/// Algorithm L (Li 1994): fills the reservoir, then skips ahead geometrically.
pub fn sample<T, I: IntoIterator<Item = T>, R: Rng + ?Sized>(iter: I, k: usize, rng: &mut R) -> Vec<T> {
    let mut it = iter.into_iter();
    let mut res: Vec<T> = it.by_ref().take(k).collect();
    if res.len() < k || k == 0 {
        return res;
    }
    let mut w = (rng.gen::<f64>().ln() / k as f64).exp();
    loop {
        let skip = (rng.gen::<f64>().ln() / (1.0 - w).ln()).floor() as usize;
        match it.nth(skip) {
            Some(x) => {
                res[rng.gen_range(0..k)] = x;
                w *= (rng.gen::<f64>().ln() / k as f64).exp();
            }
            None => return res,
        }
    }
}

/// Weighted sampling without replacement, A-ExpJ (Efraimidis & Spirakis 2006).
pub fn weighted<T, I: IntoIterator<Item = (T, f64)>, R: Rng + ?Sized>(iter: I, k: usize, rng: &mut R) -> Vec<T> {
    let mut heap: Vec<(f64, T)> = Vec::with_capacity(k);
    let mut it = iter.into_iter();
    for (x, w) in it.by_ref() {
        if w <= 0.0 {
            continue;
        }
        let key = rng.gen::<f64>().powf(1.0 / w);
        if heap.len() < k {
            heap.push((key, x));
            if heap.len() == k {
                heap.sort_by(|a, b| a.0.total_cmp(&b.0));
                break;
            }
        }
    }
    if heap.len() < k {
        return heap.into_iter().map(|(_, x)| x).collect();
    }
    let mut x_w = rng.gen::<f64>().ln() / heap[0].0.ln();
    for (x, w) in it {
        if w <= 0.0 {
            continue;
        }
        x_w -= w;
        if x_w <= 0.0 {
            let t = heap[0].0.powf(w);
            let key = rng.gen_range(t..1.0).powf(1.0 / w);
            heap[0] = (key, x);
            heap.sort_by(|a, b| a.0.total_cmp(&b.0));
            x_w = rng.gen::<f64>().ln() / heap[0].0.ln();
        }
    }
    heap.into_iter().map(|(_, x)| x).collect()
}

/// Streaming reservoir (Algorithm R) that can be checkpointed.
#[derive(Serialize, Deserialize, Clone, Debug)]
pub struct Reservoir<T> {
    k: usize,
    seen: u64,
    items: Vec<T>,
}

impl<T> Reservoir<T> {
    pub fn new(k: usize) -> Self {
        Reservoir { k, seen: 0, items: Vec::with_capacity(k) }
    }

    pub fn push<R: Rng + ?Sized>(&mut self, x: T, rng: &mut R) {
        self.seen += 1;
        if self.items.len() < self.k {
            self.items.push(x);
        } else {
            let j = rng.gen_range(0..self.seen);
            if (j as usize) < self.k {
                self.items[j as usize] = x;
            }
        }
    }

    pub fn items(&self) -> &[T] {
        &self.items
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::SeedableRng;

    #[test]
    fn sizes() {
        let mut rng = SmallRng::seed_from_u64(7);
        assert_eq!(sample(0..3, 10, &mut rng).len(), 3);
        assert_eq!(sample(0..1000, 10, &mut rng).len(), 10);
        assert_eq!(weighted((0..100).map(|i| (i, 1.0 + i as f64)), 5, &mut rng).len(), 5);
    }
}
