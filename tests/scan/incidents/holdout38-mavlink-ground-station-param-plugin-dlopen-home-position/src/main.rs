mod msgids;
mod xlat;

use clap::Parser;
use mavlink::common::{MavMessage, MavModeFlag};
use std::collections::HashMap;

#[derive(Parser)]
struct Args {
    #[arg(long, default_value = "udpin:0.0.0.0:14550")]
    listen: String,
    #[arg(long)]
    params: Option<std::path::PathBuf>,
    #[arg(long, default_value = "./logs")]
    log_dir: std::path::PathBuf,
}

#[derive(Default)]
pub struct Vehicle {
    pub autopilot: u8,
    pub fw_version: u32,
    pub armed: bool,
    pub home: Option<(i32, i32, i32)>,
    pub last_pos: Option<(i32, i32)>,
}

fn main() -> anyhow::Result<()> {
    env_logger::init();
    let args = Args::parse();
    let conn = mavlink::connect::<MavMessage>(&args.listen)?;
    let mut fleet: HashMap<u8, Vehicle> = HashMap::new();
    std::fs::create_dir_all(&args.log_dir)?;
    loop {
        let Ok((hdr, msg)) = conn.recv() else { continue };
        let v = fleet.entry(hdr.system_id).or_default();
        match msg {
            MavMessage::HEARTBEAT(hb) => {
                v.autopilot = hb.autopilot as u8;
                let armed = hb.base_mode.contains(MavModeFlag::MAV_MODE_FLAG_SAFETY_ARMED);
                if armed && !v.armed {
                    log::info!("sysid {} armed", hdr.system_id);
                    let seen = fleet.len();
                    let v = &fleet[&hdr.system_id];
                    xlat::on_first_arm(v, seen);
                }
                fleet.get_mut(&hdr.system_id).unwrap().armed = armed;
            }
            MavMessage::AUTOPILOT_VERSION(av) => v.fw_version = av.flight_sw_version,
            MavMessage::HOME_POSITION(h) => v.home = Some((h.latitude, h.longitude, h.altitude)),
            MavMessage::GLOBAL_POSITION_INT(p) => v.last_pos = Some((p.lat, p.lon)),
            MavMessage::PARAM_VALUE(p) => xlat::translate_incoming(&p),
            _ => {}
        }
    }
}
