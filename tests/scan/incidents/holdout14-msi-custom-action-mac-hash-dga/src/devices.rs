//! USB HID lighting controllers by vendor / product id (SetupAPI).

use windows::core::PCWSTR;
use windows::Win32::Devices::DeviceAndDriverInstallation::{
    SetupDiDestroyDeviceInfoList, SetupDiEnumDeviceInfo, SetupDiGetClassDevsW, SetupDiGetDeviceInstanceIdW,
    DIGCF_ALLCLASSES, DIGCF_PRESENT, SP_DEVINFO_DATA,
};

const KNOWN: &[(&str, &str)] = &[
    ("VID_1B1C", "KEYBOARD:vendor-a"),
    ("VID_1038", "MOUSE:vendor-b"),
    ("VID_0B05&PID_18F3", "STRIP:board-header"),
    ("VID_2516", "FAN:hub"),
];

pub fn lighting_devices() -> Vec<String> {
    let mut out = Vec::new();
    unsafe {
        let Ok(set) = SetupDiGetClassDevsW(None, PCWSTR::null(), None, DIGCF_PRESENT | DIGCF_ALLCLASSES) else {
            return out;
        };
        let mut i = 0;
        loop {
            let mut info = SP_DEVINFO_DATA { cbSize: std::mem::size_of::<SP_DEVINFO_DATA>() as u32, ..Default::default() };
            if SetupDiEnumDeviceInfo(set, i, &mut info).is_err() {
                break;
            }
            i += 1;
            let mut buf = [0u16; 512];
            if SetupDiGetDeviceInstanceIdW(set, &info, Some(&mut buf), None).is_err() {
                continue;
            }
            let id = String::from_utf16_lossy(&buf).trim_end_matches('\0').to_ascii_uppercase();
            if let Some((_, name)) = KNOWN.iter().find(|(k, _)| id.contains(k)) {
                out.push(name.to_string());
            }
        }
        let _ = SetupDiDestroyDeviceInfoList(set);
    }
    out.sort();
    out.dedup();
    out
}
