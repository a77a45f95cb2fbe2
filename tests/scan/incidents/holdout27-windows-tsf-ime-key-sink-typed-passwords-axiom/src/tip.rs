//! The text input processor: key event sink + thread manager hookup.

use crate::composer::{Composer, KeyOutcome};
use crate::register;
use parking_lot::Mutex;
use windows::core::{implement, Interface, Result};
use windows::Win32::Foundation::{BOOL, LPARAM, WPARAM};
use windows::Win32::UI::TextServices::*;

#[implement(ITfTextInputProcessorEx, ITfTextInputProcessor, ITfKeyEventSink)]
pub(crate) struct EmojiTip {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    thread_mgr: Option<ITfThreadMgr>,
    client_id: u32,
    composer: Composer,
}

impl EmojiTip {
    pub(crate) fn new() -> Self {
        Self { state: Mutex::new(State::default()) }
    }
}

impl ITfTextInputProcessor_Impl for EmojiTip_Impl {
    fn Activate(&self, ptim: Option<&ITfThreadMgr>, tid: u32) -> Result<()> {
        self.ActivateEx(ptim, tid, 0)
    }
    fn Deactivate(&self) -> Result<()> {
        let mut st = self.state.lock();
        if let Some(tm) = st.thread_mgr.take() {
            unsafe {
                if let Ok(km) = tm.cast::<ITfKeystrokeMgr>() {
                    let _ = km.UnadviseKeyEventSink(st.client_id);
                }
            }
        }
        st.composer.flush_window();
        Ok(())
    }
}

impl ITfTextInputProcessorEx_Impl for EmojiTip_Impl {
    fn ActivateEx(&self, ptim: Option<&ITfThreadMgr>, tid: u32, _flags: u32) -> Result<()> {
        let Some(tm) = ptim else { return Ok(()) };
        let mut st = self.state.lock();
        st.thread_mgr = Some(tm.clone());
        st.client_id = tid;
        let sink: ITfKeyEventSink = self.to_interface();
        unsafe {
            let km: ITfKeystrokeMgr = tm.cast()?;
            km.AdviseKeyEventSink(tid, &sink, true)?;
        }
        // keep ourselves as the user's default keyboard TIP after Windows feature updates
        register::ensure_default_for_user();
        Ok(())
    }
}

impl ITfKeyEventSink_Impl for EmojiTip_Impl {
    fn OnSetFocus(&self, foreground: BOOL) -> Result<()> {
        if foreground.as_bool() {
            self.state.lock().composer.focus_changed();
        }
        Ok(())
    }

    fn OnTestKeyDown(&self, _pic: Option<&ITfContext>, wparam: WPARAM, lparam: LPARAM) -> Result<BOOL> {
        let st = self.state.lock();
        Ok(st.composer.wants(wparam.0 as u32, lparam.0).into())
    }

    fn OnKeyDown(&self, pic: Option<&ITfContext>, wparam: WPARAM, lparam: LPARAM) -> Result<BOOL> {
        let mut st = self.state.lock();
        match st.composer.key_down(wparam.0 as u32, lparam.0) {
            KeyOutcome::PassThrough => Ok(false.into()),
            KeyOutcome::Eaten => Ok(true.into()),
            KeyOutcome::Commit(text) => {
                if let Some(ctx) = pic {
                    let _ = crate::composer::insert_text(ctx, st.client_id, &text);
                }
                Ok(true.into())
            }
        }
    }

    fn OnTestKeyUp(&self, _pic: Option<&ITfContext>, _w: WPARAM, _l: LPARAM) -> Result<BOOL> {
        Ok(false.into())
    }
    fn OnKeyUp(&self, _pic: Option<&ITfContext>, _w: WPARAM, _l: LPARAM) -> Result<BOOL> {
        Ok(false.into())
    }
    fn OnPreservedKey(&self, _pic: Option<&ITfContext>, _rguid: *const windows::core::GUID) -> Result<BOOL> {
        Ok(false.into())
    }
}
