//! SHT31 single-shot measurement over I2C.

use embedded_hal::i2c::I2c;

const ADDR: u8 = 0x44;

fn crc8(data: &[u8]) -> u8 {
    let mut crc = 0xffu8;
    for b in data {
        crc ^= b;
        for _ in 0..8 { crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x31 } else { crc << 1 }; }
    }
    crc
}

pub struct Reading { pub centi_c: i16, pub centi_rh: u16 }

pub fn measure<I: I2c>(i2c: &mut I, delay: &mut impl FnMut(u32)) -> Option<Reading> {
    i2c.write(ADDR, &[0x24, 0x00]).ok()?; // high repeatability, no clock stretching
    delay(16);
    let mut buf = [0u8; 6];
    i2c.read(ADDR, &mut buf).ok()?;
    if crc8(&buf[0..2]) != buf[2] || crc8(&buf[3..5]) != buf[5] { return None; }
    let t = u16::from_be_bytes([buf[0], buf[1]]) as i32;
    let h = u16::from_be_bytes([buf[3], buf[4]]) as u32;
    Some(Reading { centi_c: (-4500 + (17500 * t) / 65535) as i16, centi_rh: ((10000 * h) / 65535) as u16 })
}
