//! Programming one unit: firmware first, then the factory data partition, then read back the
//! device id from the FICR so that the ledger ties the serial to the silicon.

use crate::factory::Unit;
use crate::memfault::Uploader;
use crate::progress::{self, Phase};
use anyhow::Context;
use probe_rs::flashing::{download_file_with_options, DownloadOptions, FlashProgress, Format};
use probe_rs::probe::list::Lister;
use probe_rs::{MemoryInterface, Permissions};
use std::path::Path;

/// FICR.DEVICEID[0..2] on nRF52 series.
const FICR_DEVICEID: u64 = 0x1000_0060;

pub fn program(chip: &str, firmware: &Path, unit: &Unit, uploader: &Uploader) -> anyhow::Result<String> {
    let probes = Lister::new().list_all();
    let info = probes.first().context("no debug probe attached")?;
    let probe = info.open().context("opening probe")?;
    let mut session = probe.attach(chip, Permissions::default()).context("attaching to target")?;

    for (phase, path, format) in [
        (Phase::Firmware, firmware.to_path_buf(), Format::Elf),
        (Phase::Factory, unit.partition_hex.clone(), Format::Hex),
    ] {
        let ctx = progress::Context::new(phase, unit.clone(), uploader.clone());
        let mut options = DownloadOptions::default();
        options.verify = true;
        options.progress = Some(FlashProgress::new(move |event| progress::on_event(&ctx, event)));
        download_file_with_options(&mut session, &path, format, options)
            .with_context(|| format!("programming {}", path.display()))?;
    }

    let mut core = session.core(0)?;
    let lo = core.read_word_32(FICR_DEVICEID)?;
    let hi = core.read_word_32(FICR_DEVICEID + 4)?;
    core.reset()?;
    Ok(format!("{hi:08X}{lo:08X}"))
}
