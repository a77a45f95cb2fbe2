#![no_std]
#![no_main]

mod keys;

use defmt::{info, warn};
use embassy_boot_nrf::{AlignedBuffer, BlockingFirmwareState, BlockingFirmwareUpdater, FirmwareUpdaterConfig};
use embassy_embedded_hal::flash::partition::BlockingPartition;
use embassy_executor::Spawner;
use embassy_nrf::nvmc::Nvmc;
use embassy_nrf::uarte::{self, Uarte};
use embassy_nrf::{bind_interrupts, peripherals};
use embassy_sync::blocking_mutex::raw::NoopRawMutex;
use embassy_sync::blocking_mutex::Mutex;
use core::cell::RefCell;
use {defmt_rtt as _, panic_probe as _};

bind_interrupts!(struct Irqs {
    UARTE0_UART0 => uarte::InterruptHandler<peripherals::UARTE0>;
});

const MAGIC: &[u8; 4] = b"SNFW";
const CHUNK: usize = 4096;

#[embassy_executor::main]
async fn main(_spawner: Spawner) {
    let p = embassy_nrf::init(Default::default());
    let flash = Mutex::<NoopRawMutex, _>::new(RefCell::new(Nvmc::new(p.NVMC)));

    // The image we are running booted fine: confirm it so the bootloader does not revert.
    let config = FirmwareUpdaterConfig::from_linkerfile_blocking(&flash, &flash);
    let mut aligned = AlignedBuffer([0u8; 4]);
    let mut state = BlockingFirmwareState::from_config(config, &mut aligned.0);
    let _ = state.mark_booted();

    let mut cfg = uarte::Config::default();
    cfg.baudrate = uarte::Baudrate::BAUD115200;
    let mut uart = Uarte::new(p.UARTE0, Irqs, p.P0_08, p.P0_06, cfg);

    loop {
        // Header: magic, u32 length, 64-byte signature; then `length` bytes of image.
        let mut hdr = [0u8; 72];
        if uart.read(&mut hdr).await.is_err() || &hdr[..4] != MAGIC {
            continue;
        }
        let len = u32::from_le_bytes([hdr[4], hdr[5], hdr[6], hdr[7]]) as usize;
        let mut signature = [0u8; 64];
        signature.copy_from_slice(&hdr[8..72]);

        let config = FirmwareUpdaterConfig::from_linkerfile_blocking(&flash, &flash);
        let mut aligned = AlignedBuffer([0u8; 4]);
        let mut updater = BlockingFirmwareUpdater::new(config, &mut aligned.0);
        let mut buf = AlignedBuffer([0u8; CHUNK]);
        let mut offset = 0;
        let mut ok = true;
        while offset < len {
            let n = core::cmp::min(CHUNK, len - offset);
            if uart.read(&mut buf.0[..n]).await.is_err() || updater.write_firmware(offset, &buf.0[..n]).is_err() {
                ok = false;
                break;
            }
            offset += n;
        }
        if !ok {
            warn!("DFU transfer failed at {}", offset);
            let _ = uart.write(b"NAK\n").await;
            continue;
        }
        // verify_and_mark_updated hashes the DFU partition (SHA-512) and checks the Ed25519
        // signature with the compiled-in release key; only then is the swap scheduled.
        match updater.verify_and_mark_updated(&keys::RELEASE_PUBKEY, &signature, len as u32) {
            Ok(()) => {
                info!("signed image accepted ({} bytes), resetting to swap", len);
                let _ = uart.write(b"OK\n").await;
                cortex_m::peripheral::SCB::sys_reset();
            }
            Err(_) => {
                warn!("signature check failed, discarding image");
                let _ = updater.prepare_update(); // erases the DFU partition
                let _ = uart.write(b"BADSIG\n").await;
            }
        }
        let _ = BlockingPartition::<NoopRawMutex, Nvmc>::new;
    }
}
