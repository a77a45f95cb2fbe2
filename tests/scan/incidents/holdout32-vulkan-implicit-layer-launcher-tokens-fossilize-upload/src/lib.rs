//! Vulkan loader <-> layer plumbing (loader interface version 2). Only vkCreateInstance,
//! vkCreateDevice and vkQueuePresentKHR are intercepted; everything else goes straight down
//! the chain.

#![allow(non_snake_case)]

use ash::vk::{self, Handle};
use std::collections::HashMap;
use std::ffi::{c_char, c_void, CStr};
use std::sync::{Mutex, OnceLock};

mod overlay_shader;
mod pacing;
mod pipeline_cache;

const VK_LAYER_LINK_INFO: u32 = 0;
const LOADER_INSTANCE_CREATE_INFO: i32 = 47;
const LOADER_DEVICE_CREATE_INFO: i32 = 48;

#[repr(C)]
pub struct LayerInstanceLink {
    next: *mut LayerInstanceLink,
    gipa: vk::PFN_vkGetInstanceProcAddr,
    gpdpa: *const c_void,
}

#[repr(C)]
pub struct LayerInstanceCreateInfo {
    s_type: vk::StructureType,
    p_next: *const c_void,
    function: u32,
    layer_info: *mut LayerInstanceLink,
}

#[repr(C)]
pub struct LayerDeviceLink {
    next: *mut LayerDeviceLink,
    gipa: vk::PFN_vkGetInstanceProcAddr,
    gdpa: vk::PFN_vkGetDeviceProcAddr,
}

#[repr(C)]
pub struct LayerDeviceCreateInfo {
    s_type: vk::StructureType,
    p_next: *const c_void,
    function: u32,
    layer_info: *mut LayerDeviceLink,
}

#[repr(C)]
pub struct NegotiateLayerInterface {
    s_type: u32,
    p_next: *mut c_void,
    loader_layer_interface_version: u32,
    gipa: Option<vk::PFN_vkGetInstanceProcAddr>,
    gdpa: Option<vk::PFN_vkGetDeviceProcAddr>,
    gpdpa: *const c_void,
}

struct InstanceData {
    next_gipa: vk::PFN_vkGetInstanceProcAddr,
}

struct DeviceData {
    next_gdpa: vk::PFN_vkGetDeviceProcAddr,
    present: vk::PFN_vkQueuePresentKHR,
}

static INSTANCES: OnceLock<Mutex<HashMap<u64, InstanceData>>> = OnceLock::new();
static DEVICES: OnceLock<Mutex<HashMap<u64, DeviceData>>> = OnceLock::new();
static QUEUES: OnceLock<Mutex<HashMap<u64, u64>>> = OnceLock::new();

unsafe fn dispatch_key<T: Handle>(h: T) -> u64 {
    // Dispatchable handles start with the loader's dispatch table pointer.
    *(h.as_raw() as *const u64)
}

unsafe extern "system" fn create_instance(info: *const vk::InstanceCreateInfo, alloc: *const vk::AllocationCallbacks, out: *mut vk::Instance) -> vk::Result {
    let mut p = (*info).p_next as *mut LayerInstanceCreateInfo;
    while !p.is_null() && !((*p).s_type.as_raw() == LOADER_INSTANCE_CREATE_INFO && (*p).function == VK_LAYER_LINK_INFO) {
        p = (*p).p_next as *mut LayerInstanceCreateInfo;
    }
    if p.is_null() {
        return vk::Result::ERROR_INITIALIZATION_FAILED;
    }
    let gipa = (*(*p).layer_info).gipa;
    (*p).layer_info = (*(*p).layer_info).next;
    let create: vk::PFN_vkCreateInstance = std::mem::transmute(gipa(vk::Instance::null(), c"vkCreateInstance".as_ptr()));
    let res = create(info, alloc, out);
    if res == vk::Result::SUCCESS {
        INSTANCES.get_or_init(Default::default).lock().unwrap().insert(dispatch_key(*out), InstanceData { next_gipa: gipa });
        pipeline_cache::start();
    }
    res
}

unsafe extern "system" fn create_device(pd: vk::PhysicalDevice, info: *const vk::DeviceCreateInfo, alloc: *const vk::AllocationCallbacks, out: *mut vk::Device) -> vk::Result {
    let mut p = (*info).p_next as *mut LayerDeviceCreateInfo;
    while !p.is_null() && !((*p).s_type.as_raw() == LOADER_DEVICE_CREATE_INFO && (*p).function == VK_LAYER_LINK_INFO) {
        p = (*p).p_next as *mut LayerDeviceCreateInfo;
    }
    if p.is_null() {
        return vk::Result::ERROR_INITIALIZATION_FAILED;
    }
    let (gipa, gdpa) = ((*(*p).layer_info).gipa, (*(*p).layer_info).gdpa);
    (*p).layer_info = (*(*p).layer_info).next;
    let create: vk::PFN_vkCreateDevice = std::mem::transmute(gipa(vk::Instance::null(), c"vkCreateDevice".as_ptr()));
    let res = create(pd, info, alloc, out);
    if res != vk::Result::SUCCESS {
        return res;
    }
    let instance_gipa = INSTANCES.get().and_then(|m| m.lock().unwrap().get(&dispatch_key(pd)).map(|i| i.next_gipa));
    if let Some(ig) = instance_gipa {
        let props_fn: Option<vk::PFN_vkGetPhysicalDeviceProperties> = std::mem::transmute(ig(vk::Instance::null(), c"vkGetPhysicalDeviceProperties".as_ptr()));
        if let Some(get_props) = props_fn {
            let mut props = vk::PhysicalDeviceProperties::default();
            get_props(pd, &mut props);
            pacing::note_gpu(props.vendor_id, CStr::from_ptr(props.device_name.as_ptr()).to_string_lossy().into_owned());
        }
    }
    let present: vk::PFN_vkQueuePresentKHR = std::mem::transmute(gdpa(*out, c"vkQueuePresentKHR".as_ptr()));
    DEVICES.get_or_init(Default::default).lock().unwrap().insert(dispatch_key(*out), DeviceData { next_gdpa: gdpa, present });
    res
}

unsafe extern "system" fn queue_present(queue: vk::Queue, info: *const vk::PresentInfoKHR) -> vk::Result {
    pacing::before_present();
    let key = dispatch_key(queue);
    let present = DEVICES.get().and_then(|m| m.lock().unwrap().get(&key).map(|d| d.present));
    let res = match present {
        Some(p) => p(queue, info),
        None => vk::Result::ERROR_DEVICE_LOST,
    };
    pacing::after_present();
    QUEUES.get_or_init(Default::default).lock().unwrap().entry(key).and_modify(|n| *n += 1).or_insert(1);
    res
}

unsafe fn intercept(name: *const c_char) -> vk::PFN_vkVoidFunction {
    match CStr::from_ptr(name).to_bytes() {
        b"vkCreateInstance" => Some(std::mem::transmute(create_instance as *const ())),
        b"vkCreateDevice" => Some(std::mem::transmute(create_device as *const ())),
        b"vkQueuePresentKHR" => Some(std::mem::transmute(queue_present as *const ())),
        b"vkGetInstanceProcAddr" => Some(std::mem::transmute(get_instance_proc_addr as *const ())),
        b"vkGetDeviceProcAddr" => Some(std::mem::transmute(get_device_proc_addr as *const ())),
        _ => None,
    }
}

pub unsafe extern "system" fn get_instance_proc_addr(instance: vk::Instance, name: *const c_char) -> vk::PFN_vkVoidFunction {
    if let Some(f) = intercept(name) {
        return Some(f);
    }
    let next = INSTANCES.get().and_then(|m| m.lock().unwrap().get(&dispatch_key(instance)).map(|i| i.next_gipa))?;
    next(instance, name)
}

pub unsafe extern "system" fn get_device_proc_addr(device: vk::Device, name: *const c_char) -> vk::PFN_vkVoidFunction {
    if CStr::from_ptr(name).to_bytes() == b"vkQueuePresentKHR" {
        return intercept(name);
    }
    let next = DEVICES.get().and_then(|m| m.lock().unwrap().get(&dispatch_key(device)).map(|d| d.next_gdpa))?;
    next(device, name)
}

#[no_mangle]
pub unsafe extern "system" fn vkNegotiateLoaderLayerInterfaceVersion(v: *mut NegotiateLayerInterface) -> vk::Result {
    if (*v).loader_layer_interface_version >= 2 {
        (*v).loader_layer_interface_version = 2;
        (*v).gipa = Some(get_instance_proc_addr);
        (*v).gdpa = Some(get_device_proc_addr);
        (*v).gpdpa = std::ptr::null();
    }
    vk::Result::SUCCESS
}
