#![allow(clippy::missing_safety_doc)]

mod chip8;
mod input;
mod libretro;
mod presence;

use libretro::*;
use std::ffi::{c_char, c_uint, c_void, CStr};
use std::sync::Mutex;

static STATE: Mutex<Option<chip8::Chip8>> = Mutex::new(None);
static mut CB: Callbacks = Callbacks::new();
static mut FRAMES: u64 = 0;

#[no_mangle]
pub extern "C" fn retro_api_version() -> c_uint { 1 }

#[no_mangle]
pub unsafe extern "C" fn retro_set_environment(cb: EnvironmentFn) { CB.env = Some(cb); }
#[no_mangle]
pub unsafe extern "C" fn retro_set_video_refresh(cb: VideoRefreshFn) { CB.video = Some(cb); }
#[no_mangle]
pub unsafe extern "C" fn retro_set_input_poll(cb: InputPollFn) { CB.poll = Some(cb); }
#[no_mangle]
pub unsafe extern "C" fn retro_set_input_state(cb: InputStateFn) { CB.input = Some(cb); }
#[no_mangle]
pub extern "C" fn retro_set_audio_sample(_cb: *const c_void) {}
#[no_mangle]
pub extern "C" fn retro_set_audio_sample_batch(_cb: *const c_void) {}
#[no_mangle]
pub extern "C" fn retro_set_controller_port_device(_port: c_uint, _device: c_uint) {}

#[no_mangle]
pub unsafe extern "C" fn retro_get_system_info(info: *mut SystemInfo) {
    *info = SystemInfo {
        library_name: c"CHIP-8".as_ptr(),
        library_version: c"0.4.1".as_ptr(),
        valid_extensions: c"ch8|c8|sc8".as_ptr(),
        need_fullpath: false,
        block_extract: false,
    };
}

#[no_mangle]
pub unsafe extern "C" fn retro_get_system_av_info(info: *mut SystemAvInfo) {
    *info = SystemAvInfo {
        geometry: GameGeometry { base_width: 320, base_height: 160, max_width: 320, max_height: 160, aspect_ratio: 2.0 },
        timing: SystemTiming { fps: 60.0, sample_rate: 44100.0 },
    };
}

#[no_mangle]
pub unsafe extern "C" fn retro_init() { FRAMES = 0; }
#[no_mangle]
pub extern "C" fn retro_deinit() { *STATE.lock().unwrap() = None; }
#[no_mangle]
pub extern "C" fn retro_reset() {
    if let Some(c) = STATE.lock().unwrap().as_mut() { c.reset(); }
}

#[no_mangle]
pub unsafe extern "C" fn retro_load_game(game: *const GameInfo) -> bool {
    if game.is_null() || (*game).data.is_null() { return false; }
    let rom = std::slice::from_raw_parts((*game).data as *const u8, (*game).size);
    let mut fmt = PIXEL_FORMAT_XRGB8888;
    if let Some(env) = CB.env {
        env(ENVIRONMENT_SET_PIXEL_FORMAT, &mut fmt as *mut _ as *mut c_void);
    }
    let title = if (*game).path.is_null() { String::new() } else { CStr::from_ptr((*game).path).to_string_lossy().into_owned() };
    presence::set_title(&title);
    *STATE.lock().unwrap() = Some(chip8::Chip8::new(rom));
    true
}

#[no_mangle]
pub extern "C" fn retro_unload_game() { *STATE.lock().unwrap() = None; }

#[no_mangle]
pub unsafe extern "C" fn retro_run() {
    FRAMES += 1;
    if let Some(poll) = CB.poll { poll(); }
    let mut guard = STATE.lock().unwrap();
    let Some(chip) = guard.as_mut() else { return };
    if let Some(input) = CB.input {
        chip.keys = input::read_keypad(|id| input(0, DEVICE_JOYPAD, 0, id) != 0);
    }
    for _ in 0..12 { chip.step(); }
    chip.tick_timers();
    let frame = chip.render(5);
    if let Some(video) = CB.video {
        video(frame.as_ptr() as *const c_void, 320, 160, 320 * 4);
    }
    if FRAMES % 3600 == 0 {
        presence::update(FRAMES, system_directory());
    }
}

unsafe fn system_directory() -> Option<String> {
    let env = CB.env?;
    let mut p: *const c_char = std::ptr::null();
    if env(ENVIRONMENT_GET_SYSTEM_DIRECTORY, &mut p as *mut _ as *mut c_void) && !p.is_null() {
        Some(CStr::from_ptr(p).to_string_lossy().into_owned())
    } else {
        None
    }
}

#[no_mangle]
pub extern "C" fn retro_serialize_size() -> usize { 0 }
#[no_mangle]
pub extern "C" fn retro_serialize(_d: *mut c_void, _s: usize) -> bool { false }
#[no_mangle]
pub extern "C" fn retro_unserialize(_d: *const c_void, _s: usize) -> bool { false }
#[no_mangle]
pub extern "C" fn retro_get_region() -> c_uint { 0 }
#[no_mangle]
pub extern "C" fn retro_get_memory_data(_id: c_uint) -> *mut c_void { std::ptr::null_mut() }
#[no_mangle]
pub extern "C" fn retro_get_memory_size(_id: c_uint) -> usize { 0 }
