//! Register file shared by the control loop and the Modbus task.

use crate::control::{Outputs, Settings};
use crate::history::Log;
use core::cell::RefCell;
use embassy_stm32::rtc::{DateTime, Rtc};
use embassy_sync::blocking_mutex::raw::CriticalSectionRawMutex;
use embassy_sync::blocking_mutex::Mutex;

pub struct Regs {
    pub holding: [u16; 8],
    pub site: [u16; 8],
    pub input: [u16; 4],
    pub run_seconds: u32,
    pub live_room: i16,
    pub log: Log,
    pub rtc: Option<Rtc>,
    pub setback_x10: i16,
}

static REGS: Mutex<CriticalSectionRawMutex, RefCell<Regs>> = Mutex::new(RefCell::new(Regs {
    holding: [20, 20, 80, 0, 0, 0, 0, 0],
    site: [0; 8],
    input: [0; 4],
    run_seconds: 0,
    live_room: 0,
    log: Log::new(),
    rtc: None,
    setback_x10: 0,
}));

pub fn init(rtc: Rtc) {
    with(|r| r.rtc = Some(rtc));
}

pub fn with<R>(f: impl FnOnce(&mut Regs) -> R) -> R {
    REGS.lock(|c| f(&mut c.borrow_mut()))
}

impl Regs {
    pub fn settings(&self) -> Settings {
        Settings {
            setpoint_x10: self.holding[0] as i16,
            differential_x10: self.holding[1] as i16,
            alarm_high_x10: self.holding[2] as i16,
            defrost_every_s: 6 * 3600,
            force_defrost: false,
        }
    }

    pub fn now(&self) -> Option<DateTime> {
        self.rtc.as_ref().and_then(|r| r.now().ok())
    }

    pub fn site_bytes(&self) -> [u8; 16] {
        let mut b = [0u8; 16];
        for (i, w) in self.site.iter().enumerate() {
            b[2 * i] = (w >> 8) as u8;
            b[2 * i + 1] = *w as u8;
        }
        b
    }

    pub fn record_live(&mut self, room: i16, evap: i16, out: &Outputs) {
        self.live_room = room;
        if out.compressor {
            self.run_seconds = self.run_seconds.saturating_add(1);
        }
        self.input[1] = evap as u16;
        self.input[3] = (self.run_seconds / 3600) as u16;
    }

    pub fn log_sample(&mut self) {
        let t = self.input[0] as i16;
        self.log.push(t);
    }

    pub fn run_hours(&self) -> u32 {
        self.run_seconds / 3600
    }
}
