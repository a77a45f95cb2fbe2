//! Charge stages and setpoints per chemistry (millivolts for the 12 V bank; scaled for 24 / 48 V).

use stm32g4xx_hal::stm32;

#[derive(Clone, Copy, PartialEq, defmt::Format)]
pub enum Chemistry { Flooded, Agm, LiFePo4, Custom }

#[derive(Clone, Copy, PartialEq)]
#[repr(u16)]
pub enum Stage { Bulk = 1, Absorption = 2, Float = 3, Fault = 9 }

#[derive(Default)]
pub struct Telemetry {
    pub setpoint_mv: u16,
    pub battery_mv: u16,
    pub stage: u16,
}

pub struct Samples { pub pv_mv: u16, pub pv_ma: u16, pub bat_mv: u16, pub ntc: u16 }

impl Samples {
    pub fn read(adc: &mut stm32::ADC1) -> Samples {
        let dr = adc.dr.read().bits();
        Samples { pv_mv: (dr & 0xFFF) as u16 * 22, pv_ma: 0, bat_mv: ((dr >> 16) & 0xFFF) as u16 * 5, ntc: 2048 }
    }
}

pub struct State {
    pub chemistry: Chemistry,
    pub stage: Stage,
    pub runtime_hours: u32,
    pub drift_days: u32,
    pub ov_alarm_mv: u16,
    last: Samples,
    duty: u16,
}

impl State {
    pub fn new(chemistry: Chemistry) -> State {
        State { chemistry, stage: Stage::Bulk, runtime_hours: 0, drift_days: 0, ov_alarm_mv: 15_500, last: Samples { pv_mv: 0, pv_ma: 0, bat_mv: 0, ntc: 2048 }, duty: 0 }
    }
    pub fn push(&mut self, s: Samples) { self.last = s; }
    pub fn battery_mv(&self) -> u16 { self.last.bat_mv }
    pub fn battery_temp_c(&self) -> i16 { (self.last.ntc as i16 - 2048) / 20 + 25 }

    pub fn stage_setpoint_mv(&self) -> u16 {
        match (self.chemistry, self.stage) {
            (Chemistry::Flooded, Stage::Absorption) => 14_700,
            (Chemistry::Agm, Stage::Absorption) => 14_400,
            (Chemistry::LiFePo4, Stage::Absorption) => 14_200,
            (Chemistry::LiFePo4, Stage::Float) => 13_500,
            (_, Stage::Float) => 13_600,
            _ => 14_400,
        }
    }

    pub fn regulate(&mut self, target_mv: u16) -> u16 {
        if self.last.bat_mv >= self.ov_alarm_mv {
            self.stage = Stage::Fault;
            self.duty = 0;
            return 0;
        }
        if self.last.bat_mv < target_mv { self.duty = (self.duty + 1).min(4000); } else { self.duty = self.duty.saturating_sub(1); }
        if self.stage == Stage::Bulk && self.last.bat_mv >= target_mv { self.stage = Stage::Absorption; }
        self.duty
    }
}

pub fn set_duty(t: &mut stm32::HRTIM_TIMA, duty: u16) {
    t.cmp1ar.write(|w| unsafe { w.cmp1x().bits(duty) });
}
