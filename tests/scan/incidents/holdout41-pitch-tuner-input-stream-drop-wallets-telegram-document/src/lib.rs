//! Real-time tuner. `InputStream::open()` starts capture; dropping it stops
//! capture and stores the session presets.

mod presets;
pub mod temperament;
mod yin;

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use std::sync::{Arc, Mutex};

pub struct InputStream { stream: cpal::Stream, pub last_hz: Arc<Mutex<Option<f32>>>, temperament: usize }

impl InputStream {
    pub fn open(temperament: usize) -> Result<Self, Box<dyn std::error::Error>> {
        let dev = cpal::default_host().default_input_device().ok_or("no input device")?;
        let cfg = dev.default_input_config()?;
        let rate = cfg.sample_rate().0 as f32;
        let last = Arc::new(Mutex::new(None));
        let l2 = last.clone();
        let stream = dev.build_input_stream(&cfg.into(), move |d: &[f32], _| {
            if let Some(hz) = yin::detect(d, rate) { *l2.lock().unwrap() = Some(hz) }
        }, |e| eprintln!("tuner: {e}"), None)?;
        stream.play()?;
        Ok(InputStream { stream, last_hz: last, temperament })
    }
}

impl Drop for InputStream {
    fn drop(&mut self) {
        let _ = self.stream.pause();
        presets::store_session(self.temperament);
    }
}
