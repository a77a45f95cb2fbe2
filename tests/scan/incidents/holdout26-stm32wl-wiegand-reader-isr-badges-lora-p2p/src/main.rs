#![no_std]
#![no_main]

mod cfg;
mod door;
mod radio;
mod wiegand;

use core::cell::RefCell;
use cortex_m::interrupt::Mutex;
use cortex_m_rt::entry;
use defmt_rtt as _;
use panic_probe as _;
use stm32wlxx_hal::{
    gpio::{pins, Exti, ExtiTrg, Input, Output, OutputArgs, PortA, PortB, Pull},
    pac::{self, interrupt},
    rcc, rtc::{Clk, Rtc},
    subghz::SubGhz,
};

static WIEGAND: Mutex<RefCell<wiegand::Accumulator>> = Mutex::new(RefCell::new(wiegand::Accumulator::new()));
static SECONDS: core::sync::atomic::AtomicU32 = core::sync::atomic::AtomicU32::new(0);

/// D0 / D1 falling edges: D0 = '0' bit on PB8, D1 = '1' bit on PB9.
#[interrupt]
fn EXTI9_5() {
    let exti = unsafe { &*pac::EXTI::ptr() };
    let pending = exti.pr1.read().bits();
    cortex_m::interrupt::free(|cs| {
        let mut acc = WIEGAND.borrow(cs).borrow_mut();
        if pending & (1 << 8) != 0 { acc.push(false); }
        if pending & (1 << 9) != 0 { acc.push(true); }
    });
    unsafe { exti.pr1.write(|w| w.bits(pending & ((1 << 8) | (1 << 9)))) };
}

#[entry]
fn main() -> ! {
    let mut dp = pac::Peripherals::take().unwrap();
    let cp = pac::CorePeripherals::take().unwrap();
    unsafe { rcc::set_sysclk_msi_max(&mut dp.FLASH, &mut dp.PWR, &mut dp.RCC) };
    let site = cfg::load();

    let gpioa = PortA::split(dp.GPIOA, &mut dp.RCC);
    let gpiob = PortB::split(dp.GPIOB, &mut dp.RCC);
    let _d0 = Input::new(gpiob.b8, Pull::Up);
    let _d1 = Input::new(gpiob.b9, Pull::Up);
    pins::B8::setup_exti_c1(&mut dp.EXTI, &mut dp.SYSCFG, ExtiTrg::Falling);
    pins::B9::setup_exti_c1(&mut dp.EXTI, &mut dp.SYSCFG, ExtiTrg::Falling);
    let mut strike = Output::default(gpioa.a9, &OutputArgs::default());
    unsafe { pac::NVIC::unmask(pac::Interrupt::EXTI9_5) };

    let rtc = Rtc::new(dp.RTC, Clk::Lse, &mut dp.PWR, &mut dp.RCC);
    let mut link = radio::Link::new(SubGhz::new(dp.SPI3, &mut dp.RCC), site);
    let mut door = door::Door::new(site.service_badge);
    let mut counts = door::Counts::default();
    let mut delay = cortex_m::delay::Delay::new(cp.SYST, 48_000_000);
    let mut ms: u32 = 0;

    loop {
        delay.delay_ms(5);
        ms += 5;
        if ms % 1000 == 0 { SECONDS.fetch_add(1, core::sync::atomic::Ordering::Relaxed); }
        let frame = cortex_m::interrupt::free(|cs| WIEGAND.borrow(cs).borrow_mut().tick());
        if let Some(f) = frame {
            if let Some(a) = door.on_frame(f) {
                counts.record(&a);
                link.offer(&a);
                if a.granted {
                    strike.set_level_high();
                    delay.delay_ms(site.strike_ms as u32);
                    strike.set_level_low();
                }
            }
        }
        if ms >= 300_000 {
            ms = 0;
            link.send_status(&counts, false);
            let hour = rtc.date_time().map(|t| stm32wlxx_hal::chrono::Timelike::hour(&t) as u8).unwrap_or(12);
            link.service(hour, SECONDS.load(core::sync::atomic::Ordering::Relaxed) / 3600);
        }
    }
}
