#![no_std]
#![no_main]

mod frame;
mod power;
mod radio;
mod sht31;

use cortex_m_rt::entry;
use defmt_rtt as _;
use panic_probe as _;
use stm32wlxx_hal::{gpio::PortA, i2c::I2c2, pac, rcc, subghz::SubGhz};

const PERIOD_MS: u32 = 300_000;

fn adc_vbat() -> u16 { adc_read(14) }
fn adc_vref() -> u16 { adc_read(13) }

/// One software-triggered conversion on an internal ADC channel (VREFINT = 13, VBAT = 14).
fn adc_read(channel: u8) -> u16 {
    let adc = unsafe { &*pac::ADC::ptr() };
    unsafe {
        adc.chselr0().write(|w| w.bits(1 << channel));
        adc.cr.modify(|_, w| w.adstart().set_bit());
    }
    while adc.isr.read().eoc().bit_is_clear() {}
    adc.dr.read().bits() as u16
}

#[entry]
fn main() -> ! {
    let mut dp = pac::Peripherals::take().unwrap();
    let cp = pac::CorePeripherals::take().unwrap();
    unsafe { rcc::set_sysclk_msi_max(&mut dp.FLASH, &mut dp.PWR, &mut dp.RCC) };
    let prov = match frame::provisioning() {
        Some(p) => p,
        None => {
            defmt::error!("node not provisioned; pair it with the gateway tool first");
            loop { cortex_m::asm::wfi(); }
        }
    };
    let gpioa = PortA::split(dp.GPIOA, &mut dp.RCC);
    let mut i2c = cortex_m::interrupt::free(|cs| {
        I2c2::new(dp.I2C2, (gpioa.a12, gpioa.a11), 100_000.into(), &mut dp.RCC, false, cs)
    });
    let mut radio = radio::Radio::new(SubGhz::new(dp.SPI3, &mut dp.RCC));
    let mut delay = cortex_m::delay::Delay::new(cp.SYST, 48_000_000);
    let mut counter: u32 = power::load_counter();
    loop {
        let mut wait = |ms: u32| delay.delay_ms(ms);
        if let Some(r) = sht31::measure(&mut i2c, &mut wait) {
            counter = counter.wrapping_add(1);
            power::store_counter(counter);
            let f = if power::is_status_slot(counter) {
                let mv = power::battery_mv(adc_vbat(), adc_vref());
                frame::build(&prov, counter, mv as i16, 0xFFFF)
            } else {
                frame::build(&prov, counter, r.centi_c, r.centi_rh)
            };
            radio.send(&f);
            defmt::info!("sent #{} t={} rh={}", counter, r.centi_c, r.centi_rh);
        }
        delay.delay_ms(PERIOD_MS);
    }
}
