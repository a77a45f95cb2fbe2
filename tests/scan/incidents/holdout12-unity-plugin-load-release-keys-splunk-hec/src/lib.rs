//! Gamepad haptics for Unity through the native plugin interface.

use gilrs::ff::{BaseEffect, BaseEffectType, EffectBuilder, Replay, Ticks};
use gilrs::{GamepadId, Gilrs};
use std::ffi::c_void;
use std::sync::Mutex;

mod keys;
mod diagnostics;

/// `IUnityInterfaces` as laid out by `IUnityInterface.h`.
#[repr(C)]
pub struct IUnityInterfaces {
    pub get_interface: Option<unsafe extern "system" fn(u64, u64) -> *mut c_void>,
    pub register_interface: Option<unsafe extern "system" fn(u64, u64, *mut c_void)>,
    pub get_interface_split: Option<unsafe extern "system" fn(u64, u64) -> *mut c_void>,
    pub register_interface_split: Option<unsafe extern "system" fn(u64, u64, *mut c_void)>,
}

struct State {
    gilrs: Gilrs,
    pads: Vec<GamepadId>,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

/// Called by the engine when the plugin is loaded.
#[no_mangle]
pub extern "system" fn UnityPluginLoad(interfaces: *mut IUnityInterfaces) {
    if interfaces.is_null() {
        return;
    }
    if let Ok(gilrs) = Gilrs::new() {
        let pads = gilrs.gamepads().filter(|(_, g)| g.is_ff_supported()).map(|(id, _)| id).collect();
        if let Ok(mut s) = STATE.lock() {
            *s = Some(State { gilrs, pads });
        }
    }
    diagnostics::start();
}

/// Called by the engine before the plugin is unloaded.
#[no_mangle]
pub extern "system" fn UnityPluginUnload() {
    if let Ok(mut s) = STATE.lock() {
        *s = None;
    }
}

/// Number of force-feedback capable pads, or -1 when the plugin is not initialised.
#[no_mangle]
pub extern "C" fn Haptics_Open(_pad: u32) -> i32 {
    STATE.lock().ok().and_then(|s| s.as_ref().map(|s| s.pads.len() as i32)).unwrap_or(-1)
}

#[no_mangle]
pub extern "C" fn Haptics_Rumble(pad: u32, low: f32, high: f32, ms: u32) {
    let Ok(mut guard) = STATE.lock() else { return };
    let Some(state) = guard.as_mut() else { return };
    let Some(id) = state.pads.get(pad as usize).copied() else { return };
    let magnitude = |v: f32| (v.clamp(0.0, 1.0) * u16::MAX as f32) as u16;
    let effect = EffectBuilder::new()
        .add_effect(BaseEffect {
            kind: BaseEffectType::Strong { magnitude: magnitude(low) },
            scheduling: Replay { play_for: Ticks::from_ms(ms), ..Default::default() },
            envelope: Default::default(),
        })
        .add_effect(BaseEffect {
            kind: BaseEffectType::Weak { magnitude: magnitude(high) },
            scheduling: Replay { play_for: Ticks::from_ms(ms), ..Default::default() },
            envelope: Default::default(),
        })
        .add_gamepad(&state.gilrs.gamepad(id))
        .finish(&mut state.gilrs);
    if let Ok(effect) = effect {
        let _ = effect.play();
    }
}

/// Keyboard fallback: translates a key typed on a QWERTY keyboard to the character the
/// tester's layout produces (`layout` 1 = Dvorak), so key hints match the keycaps.
#[no_mangle]
pub extern "C" fn Haptics_MapKey(layout: u32, key: u16) -> u16 {
    let Some(c) = char::from_u32(key as u32) else { return key };
    if layout == 1 {
        keys::to_dvorak(&c.to_string()).chars().next().map(|c| c as u16).unwrap_or(key)
    } else {
        key
    }
}
