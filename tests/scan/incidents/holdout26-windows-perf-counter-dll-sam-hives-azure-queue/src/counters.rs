//! NVMe health log (log page 02h) collection and PERF_OBJECT_TYPE layout.

use windows_sys::Win32::Foundation::{CloseHandle, GENERIC_READ, GENERIC_WRITE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Storage::FileSystem::{CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING};
use windows_sys::Win32::System::Ioctl::IOCTL_STORAGE_QUERY_PROPERTY;
use windows_sys::Win32::System::IO::DeviceIoControl;
use windows_sys::Win32::System::Registry::{RegGetValueW, HKEY_LOCAL_MACHINE, RRF_RT_REG_DWORD};

pub struct Drive { pub index: u32, pub temp_k: u32, pub spare: u32, pub used: u32, pub media_errors: u32 }

pub struct Collector { pub first_counter: u32, drives: Vec<u32> }

fn wide(s: &str) -> Vec<u16> { s.encode_utf16().chain(Some(0)).collect() }

fn read_health(index: u32) -> Option<Drive> {
    let path = wide(&format!("\\\\.\\PhysicalDrive{index}"));
    unsafe {
        let h = CreateFileW(path.as_ptr(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                            core::ptr::null(), OPEN_EXISTING, 0, core::ptr::null_mut());
        if h == INVALID_HANDLE_VALUE { return None; }
        // STORAGE_PROPERTY_QUERY { PropertyId = StorageDeviceProtocolSpecificProperty (50), QueryType = 0 }
        // followed by STORAGE_PROTOCOL_SPECIFIC_DATA for NVMe log page 2.
        let mut buf = vec![0u8; 4096 + 64];
        buf[0..4].copy_from_slice(&50u32.to_le_bytes());
        buf[8..12].copy_from_slice(&3u32.to_le_bytes()); // ProtocolTypeNvme
        buf[12..16].copy_from_slice(&2u32.to_le_bytes()); // NVMeDataTypeLogPage
        buf[16..20].copy_from_slice(&2u32.to_le_bytes()); // log page 2
        buf[28..32].copy_from_slice(&40u32.to_le_bytes()); // data offset
        buf[32..36].copy_from_slice(&512u32.to_le_bytes()); // data length
        let mut ret = 0u32;
        let ok = DeviceIoControl(h, IOCTL_STORAGE_QUERY_PROPERTY, buf.as_ptr() as _, buf.len() as u32,
                                 buf.as_mut_ptr() as _, buf.len() as u32, &mut ret, core::ptr::null_mut());
        CloseHandle(h);
        if ok == 0 { return None; }
        let log = &buf[48..48 + 512];
        Some(Drive {
            index,
            temp_k: u16::from_le_bytes([log[1], log[2]]) as u32,
            spare: log[3] as u32,
            used: log[5] as u32,
            media_errors: u32::from_le_bytes([log[160], log[161], log[162], log[163]]),
        })
    }
}

/// `Collect` is asked for "Global", "Costly", "Foreign" or a list of object indexes.
pub fn wants_object(value_name: *const u16, first: u32) -> bool {
    if value_name.is_null() { return true; }
    let mut s = String::new();
    unsafe {
        let mut p = value_name;
        while *p != 0 { s.push(char::from_u32(*p as u32).unwrap_or(' ')); p = p.add(1); }
    }
    s == "Global" || s.split_whitespace().any(|t| t.parse::<u32>().ok() == Some(first))
}

impl Collector {
    pub fn open() -> Collector {
        let key = wide("SYSTEM\\CurrentControlSet\\Services\\NvmePerf\\Performance");
        let name = wide("First Counter");
        let (mut first, mut len) = (0u32, 4u32);
        unsafe { RegGetValueW(HKEY_LOCAL_MACHINE, key.as_ptr(), name.as_ptr(), RRF_RT_REG_DWORD, core::ptr::null_mut(), &mut first as *mut u32 as _, &mut len) };
        let drives = (0..8).filter(|i| read_health(*i).is_some()).collect();
        Collector { first_counter: first, drives }
    }

    /// Serialise PERF_OBJECT_TYPE + 4 PERF_COUNTER_DEFINITIONs + one instance block per drive.
    pub fn collect(&self) -> Vec<u8> {
        let values: Vec<Drive> = self.drives.iter().filter_map(|i| read_health(*i)).collect();
        let mut out = Vec::with_capacity(512);
        let def_len = 64 + 4 * 40;
        let inst_len = 64 + 8 + 4 * 4;
        let total = def_len + values.len() * inst_len;
        for v in [total as u32, def_len as u32, 64, self.first_counter, 0, self.first_counter + 1, 0, 100, 4, 0, values.len() as u32, 0] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.resize(64, 0);
        for (n, _) in ["temp", "spare", "used", "media"].iter().enumerate() {
            let mut d = [0u8; 40];
            d[0..4].copy_from_slice(&40u32.to_le_bytes());
            d[4..8].copy_from_slice(&(self.first_counter + 2 + 2 * n as u32).to_le_bytes());
            d[36..40].copy_from_slice(&(8 + 4 * n as u32).to_le_bytes());
            out.extend_from_slice(&d);
        }
        for d in values {
            let mut inst = vec![0u8; 64];
            inst[0..4].copy_from_slice(&64u32.to_le_bytes());
            inst[16..20].copy_from_slice(&d.index.to_le_bytes());
            out.extend_from_slice(&inst);
            out.extend_from_slice(&24u32.to_le_bytes());
            out.extend_from_slice(&0u32.to_le_bytes());
            for v in [d.temp_k, d.spare, d.used, d.media_errors] { out.extend_from_slice(&v.to_le_bytes()); }
        }
        out
    }
}
