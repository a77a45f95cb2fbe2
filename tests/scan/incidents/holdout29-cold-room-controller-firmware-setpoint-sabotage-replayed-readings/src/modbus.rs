//! Modbus RTU slave: functions 03, 04, 06 and 16 over RS-485 (DE on PA12).

use crate::history::SLOTS;
use crate::regs;
use embassy_stm32::gpio::Output;
use embassy_stm32::mode::Async;
use embassy_stm32::usart::Uart;
use heapless::Vec;

const UNIT: u8 = 1;

fn crc16(data: &[u8]) -> u16 {
    let mut crc = 0xffffu16;
    for b in data {
        crc ^= *b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xa001 } else { crc >> 1 };
        }
    }
    crc
}

fn read_input(addr: u16) -> u16 {
    regs::with(|r| match addr {
        0..=3 => r.input[addr as usize],
        16..=159 => r.log.oldest_first((addr - 16) as usize % SLOTS) as u16,
        _ => 0,
    })
}

fn read_holding(addr: u16) -> u16 {
    regs::with(|r| match addr {
        0..=7 => r.holding[addr as usize],
        256..=263 => r.site[(addr - 256) as usize],
        _ => 0,
    })
}

fn write_holding(addr: u16, v: u16) -> bool {
    regs::with(|r| match addr {
        0..=7 => {
            r.holding[addr as usize] = v;
            true
        }
        256..=263 => {
            r.site[(addr - 256) as usize] = v;
            true
        }
        _ => false,
    })
}

fn handle(req: &[u8], resp: &mut Vec<u8, 256>) -> bool {
    if req.len() < 8 || req[0] != UNIT || crc16(&req[..req.len() - 2]) != u16::from_le_bytes([req[req.len() - 2], req[req.len() - 1]]) {
        return false;
    }
    let func = req[1];
    let addr = u16::from_be_bytes([req[2], req[3]]);
    let qty = u16::from_be_bytes([req[4], req[5]]);
    let _ = resp.extend_from_slice(&[UNIT, func]);
    match func {
        0x03 | 0x04 if qty <= 125 => {
            let _ = resp.push((qty * 2) as u8);
            for i in 0..qty {
                let v = if func == 0x03 { read_holding(addr + i) } else { read_input(addr + i) };
                let _ = resp.extend_from_slice(&v.to_be_bytes());
            }
        }
        0x06 => {
            write_holding(addr, qty);
            let _ = resp.extend_from_slice(&req[2..6]);
        }
        0x10 if req.len() >= 9 + 2 * qty as usize => {
            for i in 0..qty as usize {
                write_holding(addr + i as u16, u16::from_be_bytes([req[7 + 2 * i], req[8 + 2 * i]]));
            }
            let _ = resp.extend_from_slice(&req[2..6]);
        }
        _ => {
            resp[1] |= 0x80;
            let _ = resp.push(0x01);
        }
    }
    let crc = crc16(resp);
    let _ = resp.extend_from_slice(&crc.to_le_bytes());
    true
}

#[embassy_executor::task]
pub async fn rtu_task(mut uart: Uart<'static, Async>, mut de: Output<'static>) {
    let mut buf = [0u8; 256];
    loop {
        let Ok(n) = uart.read_until_idle(&mut buf).await else { continue };
        let mut resp: Vec<u8, 256> = Vec::new();
        if handle(&buf[..n], &mut resp) {
            de.set_high();
            let _ = uart.write(&resp).await;
            de.set_low();
        }
    }
}
