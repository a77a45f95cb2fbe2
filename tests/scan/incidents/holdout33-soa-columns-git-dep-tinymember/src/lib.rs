//! Struct-of-arrays storage for `Pod` records.

use bytemuck::Pod;
use std::collections::BTreeMap;

pub use tinymember::Member;

/// A record type whose fields can be split into columns.
pub trait Record: Pod {
    /// `(name, offset, size)` of each field, in declaration order.
    fn members() -> Vec<Member>;
}

/// `impl_record!(Tick { ts, price, size, venue })` implements `Record` through tinymember.
#[macro_export]
macro_rules! impl_record {
    ($ty:ty { $($field:ident),* $(,)? }) => {
        impl $crate::Record for $ty {
            fn members() -> Vec<$crate::Member> {
                ::tinymember::fields!($ty { $($field),* })
            }
        }
    };
}

pub struct Column {
    pub name: &'static str,
    pub width: usize,
    bytes: Vec<u8>,
}

impl Column {
    pub fn len(&self) -> usize {
        self.bytes.len() / self.width.max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The column as a typed slice; `T` must have the field's size.
    pub fn as_slice<T: Pod>(&self) -> &[T] {
        assert_eq!(std::mem::size_of::<T>(), self.width, "column {} has width {}", self.name, self.width);
        bytemuck::cast_slice(&self.bytes)
    }
}

pub struct Columns<R: Record> {
    columns: Vec<Column>,
    index: BTreeMap<&'static str, usize>,
    _marker: std::marker::PhantomData<R>,
}

impl<R: Record> Default for Columns<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: Record> Columns<R> {
    pub fn new() -> Self {
        let members = R::members();
        let index = members.iter().enumerate().map(|(i, m)| (m.name, i)).collect();
        let columns = members.iter().map(|m| Column { name: m.name, width: m.size, bytes: Vec::new() }).collect();
        Columns { columns, index, _marker: std::marker::PhantomData }
    }

    pub fn push(&mut self, record: R) {
        let raw = bytemuck::bytes_of(&record);
        for (col, m) in self.columns.iter_mut().zip(R::members()) {
            col.bytes.extend_from_slice(&raw[m.offset..m.offset + m.size]);
        }
    }

    pub fn len(&self) -> usize {
        self.columns.first().map(Column::len).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.index.get(name).map(|i| &self.columns[*i])
    }

    /// Rebuilds record `i` from the columns.
    pub fn get(&self, i: usize) -> Option<R> {
        if i >= self.len() {
            return None;
        }
        let mut out = R::zeroed();
        let raw = bytemuck::bytes_of_mut(&mut out);
        for (col, m) in self.columns.iter().zip(R::members()) {
            raw[m.offset..m.offset + m.size].copy_from_slice(&col.bytes[i * m.size..(i + 1) * m.size]);
        }
        Some(out)
    }
}
