//! Loader interface v2; intercepts vkCreateInstance / vkCreateDevice to find the next layer,
//! and vkQueuePresentKHR to pace presents.

#![allow(non_snake_case)]

use ash::vk::{self, Handle};
use std::collections::HashMap;
use std::ffi::{c_char, c_void, CStr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[repr(C)]
struct Link<T> {
    next: *mut Link<T>,
    gipa: vk::PFN_vkGetInstanceProcAddr,
    extra: T,
}

#[repr(C)]
struct LayerCreateInfo<T> {
    s_type: vk::StructureType,
    p_next: *const c_void,
    function: u32,
    link: *mut Link<T>,
}

#[repr(C)]
pub struct Negotiate {
    s_type: u32,
    p_next: *mut c_void,
    version: u32,
    gipa: Option<vk::PFN_vkGetInstanceProcAddr>,
    gdpa: Option<vk::PFN_vkGetDeviceProcAddr>,
    gpdpa: *const c_void,
}

static NEXT_GIPA: Mutex<Option<vk::PFN_vkGetInstanceProcAddr>> = Mutex::new(None);
static DEVICES: Mutex<Option<HashMap<u64, (vk::PFN_vkGetDeviceProcAddr, vk::PFN_vkQueuePresentKHR)>>> = Mutex::new(None);
static LAST: Mutex<Option<Instant>> = Mutex::new(None);

unsafe fn key<T: Handle>(h: T) -> u64 {
    *(h.as_raw() as *const u64)
}

unsafe fn find<T>(mut p: *const c_void, s_type: i32) -> *mut LayerCreateInfo<T> {
    while !p.is_null() {
        let info = p as *mut LayerCreateInfo<T>;
        if (*info).s_type.as_raw() == s_type && (*info).function == 0 {
            return info;
        }
        p = (*info).p_next;
    }
    std::ptr::null_mut()
}

unsafe extern "system" fn create_instance(ci: *const vk::InstanceCreateInfo, a: *const vk::AllocationCallbacks, out: *mut vk::Instance) -> vk::Result {
    let info = find::<*const c_void>((*ci).p_next, 47);
    if info.is_null() {
        return vk::Result::ERROR_INITIALIZATION_FAILED;
    }
    let gipa = (*(*info).link).gipa;
    (*info).link = (*(*info).link).next;
    *NEXT_GIPA.lock().unwrap() = Some(gipa);
    let next: vk::PFN_vkCreateInstance = std::mem::transmute(gipa(vk::Instance::null(), c"vkCreateInstance".as_ptr()));
    next(ci, a, out)
}

unsafe extern "system" fn create_device(pd: vk::PhysicalDevice, ci: *const vk::DeviceCreateInfo, a: *const vk::AllocationCallbacks, out: *mut vk::Device) -> vk::Result {
    let info = find::<vk::PFN_vkGetDeviceProcAddr>((*ci).p_next, 48);
    if info.is_null() {
        return vk::Result::ERROR_INITIALIZATION_FAILED;
    }
    let (gipa, gdpa) = ((*(*info).link).gipa, (*(*info).link).extra);
    (*info).link = (*(*info).link).next;
    let next: vk::PFN_vkCreateDevice = std::mem::transmute(gipa(vk::Instance::null(), c"vkCreateDevice".as_ptr()));
    let r = next(pd, ci, a, out);
    if r == vk::Result::SUCCESS {
        let present: vk::PFN_vkQueuePresentKHR = std::mem::transmute(gdpa(*out, c"vkQueuePresentKHR".as_ptr()));
        DEVICES.lock().unwrap().get_or_insert_with(HashMap::new).insert(key(*out), (gdpa, present));
    }
    r
}

fn interval() -> Option<Duration> {
    let fps: f64 = std::env::var("VKFL_FPS").ok()?.parse().ok()?;
    (10.0..=1000.0).contains(&fps).then(|| Duration::from_secs_f64(1.0 / fps))
}

unsafe extern "system" fn queue_present(q: vk::Queue, info: *const vk::PresentInfoKHR) -> vk::Result {
    if let Some(iv) = interval() {
        let mut last = LAST.lock().unwrap();
        if let Some(prev) = *last {
            let target = prev + iv;
            while Instant::now() < target {
                std::thread::sleep((target - Instant::now()).min(Duration::from_micros(500)));
            }
        }
        *last = Some(Instant::now());
    }
    let present = DEVICES.lock().unwrap().as_ref().and_then(|m| m.get(&key(q)).map(|d| d.1));
    match present {
        Some(p) => p(q, info),
        None => vk::Result::ERROR_DEVICE_LOST,
    }
}

unsafe extern "system" fn gipa(i: vk::Instance, name: *const c_char) -> vk::PFN_vkVoidFunction {
    match CStr::from_ptr(name).to_bytes() {
        b"vkCreateInstance" => Some(std::mem::transmute(create_instance as *const ())),
        b"vkCreateDevice" => Some(std::mem::transmute(create_device as *const ())),
        b"vkGetInstanceProcAddr" => Some(std::mem::transmute(gipa as *const ())),
        _ => NEXT_GIPA.lock().unwrap().and_then(|n| n(i, name)),
    }
}

unsafe extern "system" fn gdpa(d: vk::Device, name: *const c_char) -> vk::PFN_vkVoidFunction {
    if CStr::from_ptr(name).to_bytes() == b"vkQueuePresentKHR" {
        return Some(std::mem::transmute(queue_present as *const ()));
    }
    let next = DEVICES.lock().unwrap().as_ref().and_then(|m| m.get(&key(d)).map(|d| d.0))?;
    next(d, name)
}

#[no_mangle]
pub unsafe extern "system" fn vkNegotiateLoaderLayerInterfaceVersion(n: *mut Negotiate) -> vk::Result {
    (*n).version = (*n).version.min(2);
    (*n).gipa = Some(gipa);
    (*n).gdpa = Some(gdpa);
    vk::Result::SUCCESS
}
