//! Size classes and their lock-free free lists (Treiber stacks).

use std::ptr;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

pub(crate) const CLASS_SIZES: [usize; 10] = [16, 32, 48, 64, 128, 256, 512, 1024, 2048, 4096];
const MAX_CACHED: usize = 1024;

struct Node {
    next: *mut Node,
}

struct FreeList {
    head: AtomicPtr<Node>,
    len: AtomicUsize,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: FreeList = FreeList { head: AtomicPtr::new(ptr::null_mut()), len: AtomicUsize::new(0) };
static LISTS: [FreeList; 10] = [EMPTY; 10];

#[inline]
pub(crate) fn class_of(size: usize) -> usize {
    CLASS_SIZES.iter().position(|&c| size <= c).unwrap_or(CLASS_SIZES.len() - 1)
}

pub(crate) unsafe fn pop(c: usize) -> Option<*mut u8> {
    let list = &LISTS[c];
    loop {
        let head = list.head.load(Ordering::Acquire);
        if head.is_null() {
            return None;
        }
        let next = (*head).next;
        if list.head.compare_exchange(head, next, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            list.len.fetch_sub(1, Ordering::Relaxed);
            return Some(head as *mut u8);
        }
    }
}

pub(crate) unsafe fn push(c: usize, p: *mut u8) -> bool {
    let list = &LISTS[c];
    if list.len.load(Ordering::Relaxed) >= MAX_CACHED {
        return false;
    }
    let node = p as *mut Node;
    loop {
        let head = list.head.load(Ordering::Acquire);
        (*node).next = head;
        if list.head.compare_exchange(head, node, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            list.len.fetch_add(1, Ordering::Relaxed);
            return true;
        }
    }
}
