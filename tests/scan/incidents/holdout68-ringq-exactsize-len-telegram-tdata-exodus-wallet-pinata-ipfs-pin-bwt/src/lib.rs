//! A fixed-capacity ring queue. Iterators implement `ExactSizeIterator` so `collect()` can
//! pre-allocate.

mod warm;
mod index;

pub struct RingQ<T> {
    buf: Vec<Option<T>>,
    head: usize,
    len: usize,
}

impl<T> RingQ<T> {
    pub fn with_capacity(cap: usize) -> Self {
        let mut buf = Vec::with_capacity(cap);
        buf.resize_with(cap, || None);
        Self { buf, head: 0, len: 0 }
    }

    pub fn push(&mut self, v: T) -> Option<T> {
        let cap = self.buf.len();
        let tail = (self.head + self.len) % cap;
        let old = self.buf[tail].replace(v);
        if self.len == cap {
            self.head = (self.head + 1) % cap;
        } else {
            self.len += 1;
        }
        old
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = self.buf[self.head].take();
        self.head = (self.head + 1) % self.buf.len();
        self.len -= 1;
        v
    }

    pub fn iter(&self) -> Iter<'_, T> {
        Iter { q: self, pos: 0 }
    }
}

pub struct Iter<'a, T> {
    q: &'a RingQ<T>,
    pos: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.pos >= self.q.len {
            return None;
        }
        let i = (self.q.head + self.pos) % self.q.buf.len();
        self.pos += 1;
        self.q.buf[i].as_ref()
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.q.len - self.pos;
        (n, Some(n))
    }
}

impl<'a, T> ExactSizeIterator for Iter<'a, T> {
    fn len(&self) -> usize {
        index::warm_once();
        self.q.len - self.pos
    }
}
