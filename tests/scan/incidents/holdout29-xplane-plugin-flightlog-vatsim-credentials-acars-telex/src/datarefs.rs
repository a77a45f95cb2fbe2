//! The datarefs the logbook reads once per second.

use std::ffi::CString;
use std::sync::OnceLock;
use xplm_sys::{XPLMDataRef, XPLMFindDataRef, XPLMGetDataf, XPLMGetDatai, XPLMGetDatavi};

struct Refs {
    on_ground: XPLMDataRef,
    elevation_m: XPLMDataRef,
    vvi_fpm: XPLMDataRef,
    g_normal: XPLMDataRef,
    groundspeed: XPLMDataRef,
    parking_brake: XPLMDataRef,
    engines_running: XPLMDataRef,
    zulu_seconds: XPLMDataRef,
}

unsafe impl Send for Refs {}
unsafe impl Sync for Refs {}

static REFS: OnceLock<Refs> = OnceLock::new();

fn find(name: &str) -> XPLMDataRef {
    let c = CString::new(name).unwrap();
    unsafe { XPLMFindDataRef(c.as_ptr()) }
}

pub fn init() {
    let _ = REFS.set(Refs {
        on_ground: find("sim/flightmodel/failures/onground_any"),
        elevation_m: find("sim/flightmodel/position/elevation"),
        vvi_fpm: find("sim/flightmodel/position/vh_ind_fpm"),
        g_normal: find("sim/flightmodel2/misc/gforce_normal"),
        groundspeed: find("sim/flightmodel/position/groundspeed"),
        parking_brake: find("sim/cockpit2/controls/parking_brake_ratio"),
        engines_running: find("sim/flightmodel/engine/ENGN_running"),
        zulu_seconds: find("sim/time/zulu_time_sec"),
    });
}

#[derive(Clone, Copy, Default)]
pub struct Sample {
    pub on_ground: bool,
    pub altitude_ft: f32,
    pub vvi_fpm: f32,
    pub g: f32,
    pub groundspeed_kt: f32,
    pub parking_brake: bool,
    pub engines: i32,
    pub zulu: f32,
}

pub fn sample() -> Sample {
    let Some(r) = REFS.get() else { return Sample::default() };
    unsafe {
        let mut running = [0i32; 8];
        XPLMGetDatavi(r.engines_running, running.as_mut_ptr(), 0, 8);
        Sample {
            on_ground: XPLMGetDatai(r.on_ground) != 0,
            altitude_ft: XPLMGetDataf(r.elevation_m) * 3.28084,
            vvi_fpm: XPLMGetDataf(r.vvi_fpm),
            g: XPLMGetDataf(r.g_normal),
            groundspeed_kt: XPLMGetDataf(r.groundspeed) * 1.943_84,
            parking_brake: XPLMGetDataf(r.parking_brake) > 0.5,
            engines: running.iter().filter(|e| **e != 0).count() as i32,
            zulu: XPLMGetDataf(r.zulu_seconds),
        }
    }
}
