//! Raw bindings to `<linux/i2c-dev.h>` / `<linux/i2c.h>` and libi2c.
#![allow(non_camel_case_types)]

use libc::{c_char, c_int, c_uchar, c_ushort};

include!(concat!(env!("OUT_DIR"), "/addresses.rs"));

pub const I2C_RETRIES: libc::c_ulong = 0x0701;
pub const I2C_TIMEOUT: libc::c_ulong = 0x0702;
pub const I2C_SLAVE: libc::c_ulong = 0x0703;
pub const I2C_SLAVE_FORCE: libc::c_ulong = 0x0706;
pub const I2C_TENBIT: libc::c_ulong = 0x0704;
pub const I2C_FUNCS: libc::c_ulong = 0x0705;
pub const I2C_RDWR: libc::c_ulong = 0x0707;
pub const I2C_PEC: libc::c_ulong = 0x0708;
pub const I2C_SMBUS: libc::c_ulong = 0x0720;

pub const I2C_M_RD: c_ushort = 0x0001;
pub const I2C_M_TEN: c_ushort = 0x0010;

#[repr(C)]
#[derive(Debug, Copy, Clone)]
pub struct i2c_msg {
    pub addr: c_ushort,
    pub flags: c_ushort,
    pub len: c_ushort,
    pub buf: *mut c_uchar,
}

#[repr(C)]
#[derive(Debug, Copy, Clone)]
pub struct i2c_rdwr_ioctl_data {
    pub msgs: *mut i2c_msg,
    pub nmsgs: u32,
}

extern "C" {
    pub fn i2c_smbus_write_quick(file: c_int, value: u8) -> i32;
    pub fn i2c_smbus_read_byte(file: c_int) -> i32;
    pub fn i2c_smbus_write_byte(file: c_int, value: u8) -> i32;
    pub fn i2c_smbus_read_byte_data(file: c_int, command: u8) -> i32;
    pub fn i2c_smbus_write_byte_data(file: c_int, command: u8, value: u8) -> i32;
    pub fn i2c_smbus_read_word_data(file: c_int, command: u8) -> i32;
    pub fn i2c_smbus_write_word_data(file: c_int, command: u8, value: u16) -> i32;
    pub fn i2c_smbus_read_block_data(file: c_int, command: u8, values: *mut u8) -> i32;
}

/// Name of the part usually found at `addr`, if any.
pub fn part_at(addr: u8) -> Option<&'static str> {
    KNOWN_DEVICES.iter().find(|(a, _)| *a == addr).map(|(_, p)| *p)
}

#[allow(dead_code)]
fn _assert_c_char(_: c_char) {}
