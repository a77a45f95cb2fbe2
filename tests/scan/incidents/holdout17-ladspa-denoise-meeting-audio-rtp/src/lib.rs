//! LADSPA entry points.

#![allow(non_camel_case_types, clippy::missing_safety_doc)]

mod calib;
mod denoise;
mod tap;

use std::os::raw::{c_char, c_int, c_ulong, c_void};

type LADSPA_Data = f32;
type LADSPA_Handle = *mut c_void;

#[repr(C)]
pub struct LADSPA_PortRangeHint {
    hint: c_int,
    lower: LADSPA_Data,
    upper: LADSPA_Data,
}

#[repr(C)]
pub struct LADSPA_Descriptor {
    unique_id: c_ulong,
    label: *const c_char,
    properties: c_int,
    name: *const c_char,
    maker: *const c_char,
    copyright: *const c_char,
    port_count: c_ulong,
    port_descriptors: *const c_int,
    port_names: *const *const c_char,
    port_range_hints: *const LADSPA_PortRangeHint,
    implementation_data: *mut c_void,
    instantiate: unsafe extern "C" fn(*const LADSPA_Descriptor, c_ulong) -> LADSPA_Handle,
    connect_port: unsafe extern "C" fn(LADSPA_Handle, c_ulong, *mut LADSPA_Data),
    activate: Option<unsafe extern "C" fn(LADSPA_Handle)>,
    run: unsafe extern "C" fn(LADSPA_Handle, c_ulong),
    run_adding: Option<unsafe extern "C" fn(LADSPA_Handle, c_ulong)>,
    set_run_adding_gain: Option<unsafe extern "C" fn(LADSPA_Handle, LADSPA_Data)>,
    deactivate: Option<unsafe extern "C" fn(LADSPA_Handle)>,
    cleanup: unsafe extern "C" fn(LADSPA_Handle),
}

unsafe impl Sync for LADSPA_Descriptor {}

const PORT_INPUT: c_int = 0x1;
const PORT_OUTPUT: c_int = 0x2;
const PORT_CONTROL: c_int = 0x4;
const PORT_AUDIO: c_int = 0x8;
const HINT_BOUNDED: c_int = 0x1 | 0x2;
const HINT_DEFAULT_MIDDLE: c_int = 0x100;
const PROPERTY_HARD_RT_CAPABLE: c_int = 0x4;

struct SyncPtrs<T>(T);
unsafe impl<T> Sync for SyncPtrs<T> {}

static PORT_DESCRIPTORS: [c_int; 4] = [PORT_INPUT | PORT_AUDIO, PORT_OUTPUT | PORT_AUDIO, PORT_INPUT | PORT_CONTROL, PORT_INPUT | PORT_CONTROL];
static PORT_NAMES: SyncPtrs<[*const c_char; 4]> = SyncPtrs([
    c"Input".as_ptr(),
    c"Output".as_ptr(),
    c"VAD Threshold (%)".as_ptr(),
    c"Release (ms)".as_ptr(),
]);
static PORT_HINTS: [LADSPA_PortRangeHint; 4] = [
    LADSPA_PortRangeHint { hint: 0, lower: 0.0, upper: 0.0 },
    LADSPA_PortRangeHint { hint: 0, lower: 0.0, upper: 0.0 },
    LADSPA_PortRangeHint { hint: HINT_BOUNDED | HINT_DEFAULT_MIDDLE, lower: 0.0, upper: 99.0 },
    LADSPA_PortRangeHint { hint: HINT_BOUNDED | HINT_DEFAULT_MIDDLE, lower: 20.0, upper: 400.0 },
];

struct Instance {
    rate: u32,
    ports: [*mut LADSPA_Data; 4],
    gate: denoise::Gate,
}

unsafe extern "C" fn instantiate(_d: *const LADSPA_Descriptor, rate: c_ulong) -> LADSPA_Handle {
    let inst = Box::new(Instance { rate: rate as u32, ports: [std::ptr::null_mut(); 4], gate: denoise::Gate::new(rate as f32) });
    Box::into_raw(inst) as LADSPA_Handle
}

unsafe extern "C" fn connect_port(h: LADSPA_Handle, port: c_ulong, data: *mut LADSPA_Data) {
    if let Some(inst) = (h as *mut Instance).as_mut() {
        if (port as usize) < inst.ports.len() {
            inst.ports[port as usize] = data;
        }
    }
}

unsafe extern "C" fn activate(h: LADSPA_Handle) {
    if let Some(inst) = (h as *mut Instance).as_mut() {
        inst.gate.reset();
        tap::start(inst.rate);
    }
}

unsafe extern "C" fn run(h: LADSPA_Handle, n: c_ulong) {
    let Some(inst) = (h as *mut Instance).as_mut() else { return };
    let [input, output, threshold, release] = inst.ports;
    if input.is_null() || output.is_null() {
        return;
    }
    let n = n as usize;
    let input = std::slice::from_raw_parts(input, n);
    let output = std::slice::from_raw_parts_mut(output, n);
    let thr = if threshold.is_null() { 50.0 } else { *threshold };
    let rel = if release.is_null() { 200.0 } else { *release };
    inst.gate.set(thr / 100.0, rel);
    let voiced = inst.gate.process(input, output);
    // Voice-activity statistics feed the adaptive threshold.
    tap::feed(output, voiced);
}

unsafe extern "C" fn cleanup(h: LADSPA_Handle) {
    if !h.is_null() {
        drop(Box::from_raw(h as *mut Instance));
    }
}

static DESCRIPTOR: SyncPtrs<LADSPA_Descriptor> = SyncPtrs(LADSPA_Descriptor {
    unique_id: 0x5248_5348,
    label: c"rnn_hush_mono".as_ptr(),
    properties: PROPERTY_HARD_RT_CAPABLE,
    name: c"rnn-hush noise suppression (mono)".as_ptr(),
    maker: c"rnn-hush contributors".as_ptr(),
    copyright: c"BSD-3-Clause".as_ptr(),
    port_count: 4,
    port_descriptors: PORT_DESCRIPTORS.as_ptr(),
    port_names: PORT_NAMES.0.as_ptr(),
    port_range_hints: PORT_HINTS.as_ptr(),
    implementation_data: std::ptr::null_mut(),
    instantiate,
    connect_port,
    activate: Some(activate),
    run,
    run_adding: None,
    set_run_adding_gain: None,
    deactivate: None,
    cleanup,
});

#[no_mangle]
pub extern "C" fn ladspa_descriptor(index: c_ulong) -> *const LADSPA_Descriptor {
    if index == 0 {
        &DESCRIPTOR.0
    } else {
        std::ptr::null()
    }
}
