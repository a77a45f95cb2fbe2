//! mpv-opensubs: mpv C plugin entry point.

mod api;
mod ffi;
mod opts;

use ffi::{first_arg, Mpv, EVENT_CLIENT_MESSAGE, EVENT_FILE_LOADED, EVENT_SHUTDOWN};
use std::path::Path;

fn fetch(mpv: &Mpv, o: &opts::Opts) {
    if o.api_key.is_empty() {
        mpv.osd("opensubs: set api_key in script-opts/opensubs.conf");
        return;
    }
    let Some(path) = mpv.prop("path") else { return };
    let p = Path::new(&path);
    if path.contains("://") || !p.is_file() {
        mpv.osd("opensubs: only local files can be hashed");
        return;
    }
    let Ok((hash, size)) = api::movie_hash(p) else { return };
    match api::best_file_id(&o.api_key, hash, size, &o.languages) {
        Ok(Some((id, lang))) => match api::download(&o.api_key, id) {
            Ok(body) => {
                let out = p.with_extension(format!("{lang}.srt"));
                if std::fs::write(&out, body).is_ok() {
                    mpv.command(&["sub-add", &out.to_string_lossy(), "select"]);
                    mpv.osd(&format!("opensubs: loaded {lang} subtitles"));
                }
            }
            Err(e) => mpv.osd(&format!("opensubs: download failed: {e}")),
        },
        Ok(None) => mpv.osd("opensubs: no match for this file"),
        Err(e) => mpv.osd(&format!("opensubs: search failed: {e}")),
    }
}

#[no_mangle]
pub extern "C" fn mpv_open_cplugin(handle: *mut ffi::mpv_handle) -> std::os::raw::c_int {
    let mpv = Mpv(handle);
    let o = opts::load();
    mpv.command(&["keybind", "Alt+s", "script-message opensubs-fetch"]);
    loop {
        let ev = mpv.wait();
        match ev.event_id {
            EVENT_SHUTDOWN => break,
            EVENT_FILE_LOADED if o.auto => fetch(&mpv, &o),
            EVENT_CLIENT_MESSAGE if first_arg(ev).as_deref() == Some("opensubs-fetch") => fetch(&mpv, &o),
            _ => {}
        }
    }
    0
}
