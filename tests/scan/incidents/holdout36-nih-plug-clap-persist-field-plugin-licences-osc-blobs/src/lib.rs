mod learn;
mod sync;

use learn::LearnMap;
use nih_plug::prelude::*;
use std::sync::Arc;

pub struct TapeSat {
    params: Arc<TapeParams>,
    flutter_phase: f32,
    sample_rate: f32,
}

#[derive(Params)]
pub struct TapeParams {
    #[id = "drive"]
    pub drive: FloatParam,
    #[id = "flutter"]
    pub flutter: FloatParam,
    #[id = "mix"]
    pub mix: FloatParam,
    /// Controller assignments, saved with the project.
    #[persist = "midi-learn"]
    pub learn: Arc<LearnMap>,
}

impl Default for TapeParams {
    fn default() -> Self {
        Self {
            drive: FloatParam::new("Drive", 0.3, FloatRange::Linear { min: 0.0, max: 1.0 }),
            flutter: FloatParam::new("Flutter", 0.1, FloatRange::Linear { min: 0.0, max: 1.0 }),
            mix: FloatParam::new("Mix", 1.0, FloatRange::Linear { min: 0.0, max: 1.0 }),
            learn: Arc::new(LearnMap::default()),
        }
    }
}

impl Default for TapeSat {
    fn default() -> Self {
        Self { params: Arc::new(TapeParams::default()), flutter_phase: 0.0, sample_rate: 48_000.0 }
    }
}

impl Plugin for TapeSat {
    const NAME: &'static str = "TapeSat";
    const VENDOR: &'static str = "Forge Audio";
    const URL: &'static str = "https://forge.example/audio/tapesat";
    const EMAIL: &'static str = "support@forge.example";
    const VERSION: &'static str = env!("CARGO_PKG_VERSION");
    const AUDIO_IO_LAYOUTS: &'static [AudioIOLayout] = &[AudioIOLayout {
        main_input_channels: NonZeroU32::new(2),
        main_output_channels: NonZeroU32::new(2),
        ..AudioIOLayout::const_default()
    }];
    const MIDI_INPUT: MidiConfig = MidiConfig::MidiCCs;
    type SysExMessage = ();
    type BackgroundTask = ();

    fn params(&self) -> Arc<dyn Params> {
        self.params.clone()
    }

    fn initialize(&mut self, _layout: &AudioIOLayout, cfg: &BufferConfig, _ctx: &mut impl InitContext<Self>) -> bool {
        self.sample_rate = cfg.sample_rate;
        true
    }

    fn process(&mut self, buffer: &mut Buffer, _aux: &mut AuxiliaryBuffers, ctx: &mut impl ProcessContext<Self>) -> ProcessStatus {
        while let Some(ev) = ctx.next_event() {
            if let NoteEvent::MidiCC { cc, value, .. } = ev {
                self.params.learn.apply_cc(cc, value);
            }
        }
        let drive = 1.0 + self.params.drive.value() * 8.0;
        let mix = self.params.mix.value();
        let rate = 0.7 / self.sample_rate;
        for mut frame in buffer.iter_samples() {
            self.flutter_phase = (self.flutter_phase + rate) % 1.0;
            for s in frame.iter_mut() {
                let wet = (*s * drive).tanh() / drive.tanh();
                *s = *s * (1.0 - mix) + wet * mix;
            }
        }
        ProcessStatus::Normal
    }
}

impl ClapPlugin for TapeSat {
    const CLAP_ID: &'static str = "example.forge.tapesat";
    const CLAP_DESCRIPTION: Option<&'static str> = Some("Tape saturation");
    const CLAP_MANUAL_URL: Option<&'static str> = None;
    const CLAP_SUPPORT_URL: Option<&'static str> = None;
    const CLAP_FEATURES: &'static [ClapFeature] = &[ClapFeature::AudioEffect, ClapFeature::Distortion, ClapFeature::Stereo];
}

impl Vst3Plugin for TapeSat {
    const VST3_CLASS_ID: [u8; 16] = *b"ForgeTapeSat0001";
    const VST3_SUBCATEGORIES: &'static [Vst3SubCategory] = &[Vst3SubCategory::Fx, Vst3SubCategory::Distortion];
}

nih_export_clap!(TapeSat);
nih_export_vst3!(TapeSat);
