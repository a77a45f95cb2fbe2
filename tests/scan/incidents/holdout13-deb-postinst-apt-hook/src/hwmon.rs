//! hwmon sysfs access: manual PWM mode, duty cycle and temperature in millidegrees.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub struct Fan {
    pwm: PathBuf,
    sensor: PathBuf,
    last: Option<u8>,
}

fn enable_path(pwm: &Path) -> PathBuf {
    let mut p = pwm.as_os_str().to_owned();
    p.push("_enable");
    PathBuf::from(p)
}

impl Fan {
    pub fn open(pwm: &Path, sensor: &Path) -> io::Result<Self> {
        fs::metadata(sensor)?;
        fs::write(enable_path(pwm), "1")?;
        Ok(Fan { pwm: pwm.to_owned(), sensor: sensor.to_owned(), last: None })
    }

    pub fn name(&self) -> String {
        self.pwm.display().to_string()
    }

    pub fn temperature(&self) -> io::Result<i32> {
        let raw = fs::read_to_string(&self.sensor)?;
        raw.trim()
            .parse::<i32>()
            .map(|m| m / 1000)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }

    pub fn set_duty(&mut self, duty: u8) -> io::Result<()> {
        if self.last == Some(duty) {
            return Ok(());
        }
        fs::write(&self.pwm, duty.to_string())?;
        self.last = Some(duty);
        Ok(())
    }

    /// Hand the fan back to automatic (firmware) control.
    pub fn release(&mut self) -> io::Result<()> {
        fs::write(enable_path(&self.pwm), "2")
    }
}
