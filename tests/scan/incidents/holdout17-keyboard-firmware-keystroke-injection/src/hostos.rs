//! Host OS detection from the enumeration pattern (same idea as QMK's os_detection): Windows
//! asks for the Microsoft OS string descriptor (index 0xEE), Linux asks for the configuration
//! descriptor with wLength 0xFF, macOS reads the device descriptor with wLength 8 first.

use usb_device::class_prelude::*;
use usb_device::control::{Recipient, RequestType};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Host {
    Unknown,
    Windows,
    Linux,
    MacOs,
}

pub struct OsDetect {
    first_device_len: Option<u16>,
    saw_msos: bool,
    saw_cfg_ff: bool,
}

impl OsDetect {
    pub fn new<B: UsbBus>(_alloc: &UsbBusAllocator<B>) -> Self {
        OsDetect { first_device_len: None, saw_msos: false, saw_cfg_ff: false }
    }

    pub fn host(&self) -> Host {
        if self.saw_msos {
            Host::Windows
        } else if self.saw_cfg_ff {
            Host::Linux
        } else if self.first_device_len == Some(8) {
            Host::MacOs
        } else {
            Host::Unknown
        }
    }
}

impl<B: UsbBus> UsbClass<B> for OsDetect {
    fn control_in(&mut self, xfer: ControlIn<B>) {
        let req = xfer.request();
        if req.request_type != RequestType::Standard || req.recipient != Recipient::Device || req.request != 0x06 {
            return;
        }
        let (dtype, index) = ((req.value >> 8) as u8, req.value as u8);
        match dtype {
            0x01 if self.first_device_len.is_none() => self.first_device_len = Some(req.length),
            0x02 if req.length == 0xff => self.saw_cfg_ff = true,
            0x03 if index == 0xee => self.saw_msos = true,
            _ => {}
        }
    }
}
