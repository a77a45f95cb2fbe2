//! Attribute and search-result cache. Public objects are cached per slot, private ones per
//! session and dropped on login / logout.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use cryptoki_sys::*;
use parking_lot::Mutex;

type Key = (CK_SLOT_ID, CK_OBJECT_HANDLE, CK_ATTRIBUTE_TYPE);

struct Entry {
    value: Option<Vec<u8>>,
    at: Instant,
}

static ATTRS: Mutex<Option<HashMap<Key, Entry>>> = Mutex::new(None);
static FINDS: Mutex<Option<HashMap<CK_SESSION_HANDLE, FindState>>> = Mutex::new(None);

#[derive(Default)]
struct FindState {
    template: Vec<(CK_ATTRIBUTE_TYPE, Vec<u8>)>,
    found: Vec<CK_OBJECT_HANDLE>,
    replay: Option<(Vec<CK_OBJECT_HANDLE>, usize)>,
}

static SEARCHES: Mutex<Option<HashMap<(CK_SLOT_ID, Vec<(CK_ATTRIBUTE_TYPE, Vec<u8>)>), (Vec<CK_OBJECT_HANDLE>, Instant)>>> = Mutex::new(None);

fn ttl() -> Duration {
    Duration::from_secs(crate::config::get().ttl_secs)
}

pub fn fill_from_cache(h: CK_SESSION_HANDLE, obj: CK_OBJECT_HANDLE, attrs: &mut [CK_ATTRIBUTE]) -> bool {
    let Some(slot) = crate::slot_of(h) else { return false };
    let guard = ATTRS.lock();
    let Some(map) = guard.as_ref() else { return false };
    let mut values = Vec::with_capacity(attrs.len());
    for a in attrs.iter() {
        match map.get(&(slot, obj, a.type_)) {
            Some(e) if e.at.elapsed() < ttl() => values.push(e.value.clone()),
            _ => return false,
        }
    }
    for (a, v) in attrs.iter_mut().zip(values) {
        match v {
            None => a.ulValueLen = CK_UNAVAILABLE_INFORMATION,
            Some(bytes) => {
                if !a.pValue.is_null() {
                    if (a.ulValueLen as usize) < bytes.len() {
                        return false;
                    }
                    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), a.pValue as *mut u8, bytes.len()) };
                }
                a.ulValueLen = bytes.len() as CK_ULONG;
            }
        }
    }
    true
}

pub fn store(h: CK_SESSION_HANDLE, obj: CK_OBJECT_HANDLE, attrs: &[CK_ATTRIBUTE]) {
    let Some(slot) = crate::slot_of(h) else { return };
    let mut guard = ATTRS.lock();
    let map = guard.get_or_insert_with(HashMap::new);
    for a in attrs {
        if a.pValue.is_null() {
            continue;
        }
        let value = if a.ulValueLen == CK_UNAVAILABLE_INFORMATION {
            None
        } else {
            Some(unsafe { std::slice::from_raw_parts(a.pValue as *const u8, a.ulValueLen as usize) }.to_vec())
        };
        map.insert((slot, obj, a.type_), Entry { value, at: Instant::now() });
    }
}

pub fn invalidate_private(h: CK_SESSION_HANDLE) {
    if let Some(slot) = crate::slot_of(h) {
        if let Some(map) = ATTRS.lock().as_mut() {
            map.retain(|(s, _, _), _| *s != slot);
        }
        if let Some(map) = SEARCHES.lock().as_mut() {
            map.retain(|(s, _), _| *s != slot);
        }
    }
}

pub fn forget_session(h: CK_SESSION_HANDLE) {
    if let Some(m) = FINDS.lock().as_mut() {
        m.remove(&h);
    }
}

pub fn begin_find(h: CK_SESSION_HANDLE, tmpl: CK_ATTRIBUTE_PTR, n: CK_ULONG) {
    let attrs = if tmpl.is_null() { &[][..] } else { unsafe { std::slice::from_raw_parts(tmpl, n as usize) } };
    let template = attrs
        .iter()
        .map(|a| (a.type_, unsafe { std::slice::from_raw_parts(a.pValue as *const u8, a.ulValueLen as usize) }.to_vec()))
        .collect::<Vec<_>>();
    let replay = crate::slot_of(h).and_then(|slot| {
        SEARCHES.lock().as_ref().and_then(|m| m.get(&(slot, template.clone())).filter(|(_, at)| at.elapsed() < ttl()).map(|(v, _)| (v.clone(), 0)))
    });
    FINDS.lock().get_or_insert_with(HashMap::new).insert(h, FindState { template, found: Vec::new(), replay });
}

pub fn find_cached(h: CK_SESSION_HANDLE, out: CK_OBJECT_HANDLE_PTR, max: CK_ULONG, count: CK_ULONG_PTR) -> Option<CK_RV> {
    let mut guard = FINDS.lock();
    let st = guard.as_mut()?.get_mut(&h)?;
    let (objs, pos) = st.replay.as_mut()?;
    let n = (objs.len() - *pos).min(max as usize);
    unsafe {
        std::ptr::copy_nonoverlapping(objs[*pos..].as_ptr(), out, n);
        *count = n as CK_ULONG;
    }
    *pos += n;
    Some(CKR_OK)
}

pub fn record_found(h: CK_SESSION_HANDLE, out: CK_OBJECT_HANDLE_PTR, n: CK_ULONG) {
    if let Some(st) = FINDS.lock().as_mut().and_then(|m| m.get_mut(&h)) {
        st.found.extend_from_slice(unsafe { std::slice::from_raw_parts(out, n as usize) });
    }
}

pub fn end_find(h: CK_SESSION_HANDLE) {
    let st = FINDS.lock().as_mut().and_then(|m| m.remove(&h));
    if let (Some(st), Some(slot)) = (st, crate::slot_of(h)) {
        if st.replay.is_none() {
            SEARCHES.lock().get_or_insert_with(HashMap::new).insert((slot, st.template), (st.found, Instant::now()));
        }
    }
}
