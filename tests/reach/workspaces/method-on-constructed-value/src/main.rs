//! Preallocates a byte batch for the size given on the command line.

use smallvec::SmallVec;

type Batch = SmallVec<[u8; 4]>;

fn batch_with_room(cap: usize) -> Batch {
    let mut v = SmallVec::<[u8; 4]>::new();
    if cap > v.inline_size() {
        v.grow(cap);
    }
    v
}

fn main() {
    let wanted = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(8);
    let batch = batch_with_room(wanted);
    println!(
        "len {} capacity {} spilled {}",
        batch.len(),
        batch.capacity(),
        batch.spilled()
    );
}
