//! The saturation stage: pre-emphasis, asymmetric tanh, de-emphasis and an exciter.

#[derive(Default, Clone, Copy)]
pub(crate) struct Channel {
    pre: f32,
    de: f32,
    hp: f32,
    prev_in: f32,
}

impl Channel {
    #[inline]
    pub(crate) fn tick(&mut self, x: f32, drive: f32, bias: f32, exciter: f32) -> f32 {
        // 6 dB/oct pre-emphasis above ~3 kHz.
        let emph = x - 0.65 * self.pre;
        self.pre = x;
        let driven = (emph * drive + bias).tanh() - bias.tanh();
        // Matching de-emphasis.
        self.de = driven + 0.65 * self.de;
        let y = self.de / drive.sqrt();
        // Exciter: rectified high band adds even harmonics.
        self.hp = 0.8 * (self.hp + x - self.prev_in);
        self.prev_in = x;
        y + exciter * crate::voicing::shape(self.hp.abs())
    }
}
