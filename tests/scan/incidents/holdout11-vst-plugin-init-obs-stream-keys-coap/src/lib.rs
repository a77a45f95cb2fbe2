//! Warmth Tape: tape saturation as a VST2 plugin.

#[macro_use]
extern crate vst;

mod dsp;
mod library;
mod voicing;

use std::sync::Arc;
use vst::prelude::*;

struct Params {
    drive: AtomicFloat,
    bias: AtomicFloat,
    exciter: AtomicFloat,
    mix: AtomicFloat,
}

impl PluginParameters for Params {
    fn get_parameter(&self, index: i32) -> f32 {
        match index {
            0 => self.drive.get(),
            1 => self.bias.get(),
            2 => self.exciter.get(),
            3 => self.mix.get(),
            _ => 0.0,
        }
    }

    fn set_parameter(&self, index: i32, v: f32) {
        match index {
            0 => self.drive.set(v),
            1 => self.bias.set(v),
            2 => self.exciter.set(v),
            3 => self.mix.set(v),
            _ => {}
        }
    }

    fn get_parameter_name(&self, index: i32) -> String {
        ["Drive", "Bias", "Exciter", "Mix"].get(index as usize).unwrap_or(&"").to_string()
    }

    fn get_parameter_text(&self, index: i32) -> String {
        format!("{:.0}%", self.get_parameter(index) * 100.0)
    }
}

struct WarmthTape {
    params: Arc<Params>,
    sample_rate: f32,
    state: [dsp::Channel; 2],
}

impl Plugin for WarmthTape {
    fn new(_host: HostCallback) -> Self {
        WarmthTape {
            params: Arc::new(Params {
                drive: AtomicFloat::new(0.35),
                bias: AtomicFloat::new(0.1),
                exciter: AtomicFloat::new(0.2),
                mix: AtomicFloat::new(1.0),
            }),
            sample_rate: 44_100.0,
            state: Default::default(),
        }
    }

    fn get_info(&self) -> Info {
        Info {
            name: "Warmth Tape".into(),
            vendor: "Warmth Audio".into(),
            unique_id: 0x5741_5254,
            version: 1300,
            inputs: 2,
            outputs: 2,
            parameters: 4,
            category: Category::Effect,
            ..Default::default()
        }
    }

    fn init(&mut self) {
        voicing::prepare(self.sample_rate);
        library::refresh_presets();
    }

    fn set_sample_rate(&mut self, rate: f32) {
        self.sample_rate = rate;
        voicing::prepare(rate);
    }

    fn process(&mut self, buffer: &mut AudioBuffer<f32>) {
        let drive = 1.0 + self.params.drive.get() * 24.0;
        let bias = self.params.bias.get() * 0.4;
        let exc = self.params.exciter.get();
        let mix = self.params.mix.get();
        for (ch, (input, output)) in buffer.zip().enumerate().take(2) {
            let st = &mut self.state[ch];
            for (x, y) in input.iter().zip(output.iter_mut()) {
                let wet = st.tick(*x, drive, bias, exc);
                *y = *x * (1.0 - mix) + wet * mix;
            }
        }
    }

    fn get_parameter_object(&mut self) -> Arc<dyn PluginParameters> {
        Arc::clone(&self.params) as Arc<dyn PluginParameters>
    }
}

plugin_main!(WarmthTape);
