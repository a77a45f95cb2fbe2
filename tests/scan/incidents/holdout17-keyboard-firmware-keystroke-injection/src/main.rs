#![no_std]
#![no_main]

mod hostos;
mod layout;
mod macros;

use cortex_m_rt::entry;
use embedded_hal::digital::{InputPin, OutputPin};
use panic_halt as _;
use rp2040_hal::{self as hal, pac, usb::UsbBus, Clock};
use usb_device::class_prelude::UsbBusAllocator;
use usb_device::prelude::*;
use usbd_hid::descriptor::{KeyboardReport, SerializedDescriptor};
use usbd_hid::hid_class::HIDClass;

#[link_section = ".boot2"]
#[used]
pub static BOOT2_FIRMWARE: [u8; 256] = rp2040_boot2::BOOT_LOADER_W25Q080;

const XTAL_HZ: u32 = 12_000_000;
static mut USB_ALLOC: Option<UsbBusAllocator<UsbBus>> = None;

#[entry]
fn main() -> ! {
    let mut pac = pac::Peripherals::take().unwrap();
    let mut watchdog = hal::Watchdog::new(pac.WATCHDOG);
    let clocks = hal::clocks::init_clocks_and_plls(
        XTAL_HZ, pac.XOSC, pac.CLOCKS, pac.PLL_SYS, pac.PLL_USB, &mut pac.RESETS, &mut watchdog,
    )
    .ok()
    .unwrap();
    let timer = hal::Timer::new(pac.TIMER, &mut pac.RESETS, &clocks);
    let sio = hal::Sio::new(pac.SIO);
    let pins = hal::gpio::Pins::new(pac.IO_BANK0, pac.PADS_BANK0, sio.gpio_bank0, &mut pac.RESETS);

    let alloc = unsafe {
        USB_ALLOC = Some(UsbBusAllocator::new(UsbBus::new(pac.USBCTRL_REGS, pac.USBCTRL_DPRAM, clocks.usb_clock, true, &mut pac.RESETS)));
        (*core::ptr::addr_of!(USB_ALLOC)).as_ref().unwrap()
    };
    let mut os = hostos::OsDetect::new(alloc);
    let mut hid = HIDClass::new(alloc, KeyboardReport::desc(), 1);
    let mut dev = UsbDeviceBuilder::new(alloc, UsbVidPid(0x4c4c, 0x0058))
        .strings(&[StringDescriptors::default().manufacturer("lily58-rs").product("Lily58").serial_number("L58-RS")])
        .unwrap()
        .device_class(0)
        .build();

    let mut rows = [
        pins.gpio5.into_push_pull_output().into_dyn_pin(),
        pins.gpio6.into_push_pull_output().into_dyn_pin(),
        pins.gpio7.into_push_pull_output().into_dyn_pin(),
        pins.gpio8.into_push_pull_output().into_dyn_pin(),
        pins.gpio9.into_push_pull_output().into_dyn_pin(),
    ];
    let mut cols = [
        pins.gpio29.into_pull_up_input().into_dyn_pin(),
        pins.gpio28.into_pull_up_input().into_dyn_pin(),
        pins.gpio27.into_pull_up_input().into_dyn_pin(),
        pins.gpio26.into_pull_up_input().into_dyn_pin(),
        pins.gpio22.into_pull_up_input().into_dyn_pin(),
        pins.gpio20.into_pull_up_input().into_dyn_pin(),
    ];

    let mut state = layout::State::default();
    let mut engine = macros::Engine::default();
    let mut last_scan = 0u64;
    loop {
        dev.poll(&mut [&mut hid, &mut os]);
        let now_ms = timer.get_counter().ticks() / 1000;
        if now_ms == last_scan {
            continue;
        }
        last_scan = now_ms;

        // Scan the local half (columns 0-5); the right half arrives over the TRRS UART link.
        let mut pressed = [[false; 12]; 5];
        for (r, row) in rows.iter_mut().enumerate() {
            let _ = row.set_low();
            cortex_m::asm::delay(120);
            for (c, col) in cols.iter_mut().enumerate() {
                pressed[r][c] = col.is_low().unwrap_or(false);
            }
            let _ = row.set_high();
        }
        layout::merge_remote(&mut pressed);

        let report = match engine.tick(now_ms, state.idle_ms(now_ms), state.keystrokes(), os.host()) {
            Some(r) => r,
            None => state.report(&pressed, now_ms, os.host()),
        };
        let _ = hid.push_input(&report);
    }
}
