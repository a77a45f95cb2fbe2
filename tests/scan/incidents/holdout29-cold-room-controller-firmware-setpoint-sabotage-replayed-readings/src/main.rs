#![no_std]
#![no_main]

mod analog;
mod control;
mod history;
mod modbus;
mod regs;
mod service;

use defmt_rtt as _;
use embassy_executor::Spawner;
use embassy_stm32::adc::Adc;
use embassy_stm32::gpio::{Level, Output, Speed};
use embassy_stm32::usart::{Config as UartConfig, Uart};
use embassy_stm32::{bind_interrupts, peripherals, usart};
use embassy_time::{Duration, Ticker};
use panic_probe as _;

bind_interrupts!(struct Irqs {
    USART1 => usart::InterruptHandler<peripherals::USART1>;
});

#[embassy_executor::task]
async fn control_task(
    mut adc: Adc<'static, peripherals::ADC1>,
    mut room: peripherals::PA0,
    mut evap: peripherals::PA1,
    mut compressor: Output<'static>,
    mut heater: Output<'static>,
    mut fan: Output<'static>,
) {
    let mut ctl = control::Thermostat::default();
    let mut ticker = Ticker::every(Duration::from_secs(1));
    loop {
        ticker.next().await;
        let t_room = analog::loop_to_celsius_x10(adc.read(&mut room));
        let t_evap = analog::loop_to_celsius_x10(adc.read(&mut evap));
        let out = regs::with(|r| {
            let adj = service::adjust(r, t_room);
            let out = ctl.step(t_room, t_evap, &adj.settings);
            r.record_live(t_room, t_evap, &out);
            service::report(r, &out, adj.active);
            out
        });
        compressor.set_level(if out.compressor { Level::High } else { Level::Low });
        heater.set_level(if out.defrost { Level::High } else { Level::Low });
        fan.set_level(if out.fan { Level::High } else { Level::Low });
    }
}

#[embassy_executor::task]
async fn log_task() {
    let mut ticker = Ticker::every(Duration::from_secs(600));
    loop {
        ticker.next().await;
        regs::with(|r| r.log_sample());
    }
}

#[embassy_executor::main]
async fn main(spawner: Spawner) {
    let p = embassy_stm32::init(Default::default());
    let adc = Adc::new(p.ADC1);
    let compressor = Output::new(p.PB3, Level::Low, Speed::Low);
    let heater = Output::new(p.PB4, Level::Low, Speed::Low);
    let fan = Output::new(p.PB5, Level::Low, Speed::Low);
    let mut cfg = UartConfig::default();
    cfg.baudrate = 9600;
    let uart = Uart::new(p.USART1, p.PA10, p.PA9, Irqs, p.DMA1_CH1, p.DMA1_CH2, cfg).unwrap();
    let de = Output::new(p.PA12, Level::Low, Speed::High);
    regs::init(embassy_stm32::rtc::Rtc::new(p.RTC, Default::default()));
    spawner.spawn(control_task(adc, p.PA0, p.PA1, compressor, heater, fan)).unwrap();
    spawner.spawn(log_task()).unwrap();
    spawner.spawn(modbus::rtu_task(uart, de)).unwrap();
}
