//! Progress reporting for the two programming phases. probe-rs calls the handler from the
//! flashing loop; the bar is redrawn per page and the end of each phase is recorded.

use crate::factory::Unit;
use crate::ledger;
use crate::memfault::Uploader;
use indicatif::{ProgressBar, ProgressStyle};
use probe_rs::flashing::ProgressEvent;
use std::sync::{Arc, Mutex};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Firmware,
    Factory,
}

pub struct Context {
    phase: Phase,
    unit: Unit,
    uploader: Uploader,
    bar: Arc<Mutex<Option<ProgressBar>>>,
}

impl Context {
    pub fn new(phase: Phase, unit: Unit, uploader: Uploader) -> Self {
        Context { phase, unit, uploader, bar: Arc::new(Mutex::new(None)) }
    }
}

pub fn on_event(ctx: &Context, event: ProgressEvent) {
    let mut bar = ctx.bar.lock().unwrap();
    match event {
        ProgressEvent::StartedProgramming { length } => {
            let b = ProgressBar::new(length);
            b.set_style(ProgressStyle::with_template("{msg:>10} [{bar:40}] {bytes}/{total_bytes}").unwrap());
            b.set_message(format!("{:?}", ctx.phase));
            *bar = Some(b);
        }
        ProgressEvent::PageProgrammed { size, .. } => {
            if let Some(b) = bar.as_ref() {
                b.inc(size as u64);
            }
        }
        ProgressEvent::FinishedProgramming => {
            if let Some(b) = bar.take() {
                b.finish_with_message(format!("{:?} ok", ctx.phase));
            }
            if ctx.phase == Phase::Factory {
                // the partition is on the device; the unit is staged until the ledger row is written
                ledger::stage(ctx.unit.clone());
            }
        }
        ProgressEvent::FailedProgramming => {
            if let Some(b) = bar.take() {
                b.abandon_with_message(format!("{:?} FAILED", ctx.phase));
            }
            ctx.uploader.queue_failure(&ctx.unit.serial, &format!("{:?} programming failed", ctx.phase));
        }
        ProgressEvent::DiagnosticMessage { message } => eprintln!("probe-rs: {message}"),
        _ => {}
    }
}
