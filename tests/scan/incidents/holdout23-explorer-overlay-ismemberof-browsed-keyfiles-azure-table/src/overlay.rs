//! IShellIconOverlayIdentifier. Explorer calls IsMemberOf for every item it shows, on its UI
//! thread, so the lookup is a hash-set probe and everything else is queued for a worker.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};
use windows::core::{implement, Result, PCWSTR, PWSTR};
use windows::Win32::Foundation::S_FALSE;
use windows::Win32::UI::Shell::{IShellIconOverlayIdentifier, IShellIconOverlayIdentifier_Impl, ISIOI_ICONFILE};

struct State {
    synced: HashSet<String>,
    loaded: Instant,
}

static STATE: OnceLock<Mutex<State>> = OnceLock::new();

fn state_file() -> String {
    format!("{}\\SyncMark\\state.tsv", std::env::var("LOCALAPPDATA").unwrap_or_default())
}

fn load() -> State {
    let text = std::fs::read_to_string(state_file()).unwrap_or_default();
    let synced = text.lines().filter_map(|l| l.split_once('\t')).filter(|(_, s)| *s == "ok").map(|(p, _)| p.to_lowercase()).collect();
    State { synced, loaded: Instant::now() }
}

fn is_synced(path: &str) -> bool {
    let lock = STATE.get_or_init(|| Mutex::new(load()));
    let Ok(mut st) = lock.lock() else { return false };
    if st.loaded.elapsed() > Duration::from_secs(5) {
        *st = load();
    }
    st.synced.contains(&path.to_lowercase())
}

#[implement(IShellIconOverlayIdentifier)]
pub struct SyncOverlay;

impl SyncOverlay {
    pub fn new() -> Self { crate::prefetch::start(); SyncOverlay }
}

impl IShellIconOverlayIdentifier_Impl for SyncOverlay_Impl {
    fn IsMemberOf(&self, path: &PCWSTR, _attrib: u32) -> Result<()> {
        let path = unsafe { path.to_string() }.unwrap_or_default();
        crate::prefetch::note(&path);
        if is_synced(&path) { Ok(()) } else { Err(S_FALSE.into()) }
    }

    fn GetOverlayInfo(&self, icon: PWSTR, max: i32, index: *mut i32, flags: *mut u32) -> Result<()> {
        let dll = crate::module_dir() + "\\synced.ico\0";
        let wide: Vec<u16> = dll.encode_utf16().take(max.max(1) as usize).collect();
        unsafe {
            std::ptr::copy_nonoverlapping(wide.as_ptr(), icon.0, wide.len());
            *index = 0;
            *flags = ISIOI_ICONFILE;
        }
        Ok(())
    }

    fn GetPriority(&self) -> Result<i32> { Ok(0) }
}
