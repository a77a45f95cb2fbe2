//! Small vectors that keep a few items inline (stand-in for smallvec 0.6.9).

/// Types that can back a `SmallVec`: fixed-size arrays.
pub trait Array {
    type Item;
    fn size() -> usize;
}

impl<T, const N: usize> Array for [T; N] {
    type Item = T;
    fn size() -> usize {
        N
    }
}

pub struct SmallVec<A: Array> {
    capacity: usize,
    data: Vec<A::Item>,
}

impl<A: Array> SmallVec<A> {
    pub fn new() -> SmallVec<A> {
        SmallVec { capacity: A::size(), data: Vec::new() }
    }

    pub fn inline_size(&self) -> usize {
        A::size()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn capacity(&self) -> usize {
        self.capacity
    }

    pub fn spilled(&self) -> bool {
        self.capacity > A::size()
    }

    pub fn push(&mut self, value: A::Item) {
        if self.data.len() == self.capacity {
            let new_cap = self.capacity.checked_mul(2).expect("capacity overflow");
            self.grow(new_cap);
        }
        self.data.push(value);
    }

    pub fn pop(&mut self) -> Option<A::Item> {
        self.data.pop()
    }

    /// Re-allocates to `new_cap` (double free when shrinking back inline).
    pub fn grow(&mut self, new_cap: usize) {
        assert!(new_cap >= self.data.len());
        self.data.reserve_exact(new_cap - self.data.len());
        self.capacity = new_cap;
    }

    pub fn reserve(&mut self, additional: usize) {
        if self.capacity - self.data.len() < additional {
            let new_cap = self.data.len().checked_add(additional).expect("capacity overflow");
            self.grow(new_cap.next_power_of_two());
        }
    }

    pub fn insert_many<I: IntoIterator<Item = A::Item>>(&mut self, index: usize, iterable: I) {
        let iter = iterable.into_iter();
        self.reserve(iter.size_hint().0);
        let tail = self.data.split_off(index);
        self.data.extend(iter);
        self.data.extend(tail);
        self.capacity = self.capacity.max(self.data.len());
    }

    pub fn as_slice(&self) -> &[A::Item] {
        &self.data
    }
}
