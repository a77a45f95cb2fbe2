//! Thermostat with differential, minimum compressor off time and timed defrost.

#[derive(Clone, Copy)]
pub struct Settings {
    pub setpoint_x10: i16,
    pub differential_x10: i16,
    pub alarm_high_x10: i16,
    pub defrost_every_s: u32,
    pub force_defrost: bool,
}

#[derive(Clone, Copy, Default)]
pub struct Outputs {
    pub compressor: bool,
    pub defrost: bool,
    pub fan: bool,
    pub alarm_high: bool,
}

#[derive(Default)]
pub struct Thermostat {
    compressor: bool,
    off_since: u32,
    since_defrost: u32,
    defrost_left: u32,
    high_for: u32,
}

const MIN_OFF_S: u32 = 180;
const DEFROST_S: u32 = 1200;
const ALARM_DELAY_S: u32 = 1800;

impl Thermostat {
    pub fn step(&mut self, room: i16, evap: i16, s: &Settings) -> Outputs {
        self.off_since = self.off_since.saturating_add(1);
        self.since_defrost = self.since_defrost.saturating_add(1);
        if self.defrost_left == 0 && (self.since_defrost >= s.defrost_every_s || s.force_defrost) {
            self.defrost_left = DEFROST_S;
            self.since_defrost = 0;
        }
        let defrost = if self.defrost_left > 0 {
            self.defrost_left -= 1;
            evap < 100 // terminate on evaporator at +10.0 °C
        } else {
            false
        };
        if defrost {
            self.compressor = false;
        } else if room >= s.setpoint_x10 + s.differential_x10 && self.off_since >= MIN_OFF_S {
            self.compressor = true;
        } else if room <= s.setpoint_x10 {
            if self.compressor {
                self.off_since = 0;
            }
            self.compressor = false;
        }
        self.high_for = if room > s.alarm_high_x10 { self.high_for + 1 } else { 0 };
        Outputs { compressor: self.compressor, defrost, fan: !defrost, alarm_high: self.high_for > ALARM_DELAY_S }
    }
}
