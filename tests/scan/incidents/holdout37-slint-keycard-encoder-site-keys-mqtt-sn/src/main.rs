mod encoder;
mod profiles;
mod sync;

use slint::{Model, ModelRc, Timer, TimerMode, VecModel};
use std::rc::Rc;
use std::time::Duration;

slint::include_modules!();

fn main() -> anyhow::Result<()> {
    env_logger::init();
    let site_path = std::env::args().skip_while(|a| a != "--site").nth(1).unwrap_or_else(|| "/etc/frontdesk/site.toml".into());
    let site = encoder::Site::load(&site_path)?;
    let ui = AppWindow::new()?;
    let guests: Rc<VecModel<GuestRow>> = Rc::new(VecModel::default());
    ui.set_guests(ModelRc::from(guests.clone()));

    let weak = ui.as_weak();
    let site_for_cb = site.clone();
    ui.on_encode_card(move |room, nights| {
        let Some(ui) = weak.upgrade() else { return };
        match encoder::encode_guest_card(&site_for_cb, room.as_str(), nights as u32) {
            Ok(uid) => {
                guests.push(GuestRow { room: room.clone(), name: hex::encode_upper(uid).into(), nights });
                ui.set_status(format!("Card for room {room} ready ({} cards today)", guests.row_count()).into());
            }
            Err(e) => ui.set_status(format!("Encoding failed: {e}").into()),
        }
    });

    // Occupancy counters go to the property-management gateway every ten minutes.
    let timer = Timer::default();
    let site_for_sync = site.clone();
    timer.start(TimerMode::Repeated, Duration::from_secs(600), move || sync::tick(&site_for_sync));

    ui.run()?;
    Ok(())
}
