//! Frame-time overlay drawn with a seven-segment font (no font atlas needed).
//!
//! Segment bits are `gfedcba`, the usual LED layout:
//!
//! ```text
//!  aaa
//! f   b
//!  ggg
//! e   c
//!  ddd
//! ```

use godot::classes::{Control, IControl};
use godot::prelude::*;

/// Hex digits 0-F.
pub const SEGMENTS: [u8; 16] = [
    0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F, 0x77, 0x7C, 0x39, 0x5E, 0x79, 0x71,
];

/// Frames of the overlay's self-test / attract pattern, played once when the overlay is
/// added in the editor so you can check that every segment lights up.
pub const SELF_TEST: [u8; 102] = [
    0x7D, 0x7F, 0x07, 0x66, 0x07, 0x66, 0x07, 0x3F, 0x07, 0x4F, 0x4F, 0x77, 0x5B, 0x71, 0x5B, 0x71,
    0x7D, 0x4F, 0x07, 0x5B, 0x7D, 0x06, 0x07, 0x4F, 0x7D, 0x7F, 0x5B, 0x79, 0x7D, 0x07, 0x7D, 0x66,
    0x07, 0x4F, 0x07, 0x66, 0x7D, 0x06, 0x07, 0x66, 0x07, 0x4F, 0x5B, 0x79, 0x7D, 0x6D, 0x07, 0x7F,
    0x7D, 0x06, 0x7D, 0x5E, 0x07, 0x3F, 0x7D, 0x39, 0x7D, 0x6D, 0x5B, 0x71, 0x7D, 0x06, 0x07, 0x3F,
    0x7D, 0x6F, 0x5B, 0x71, 0x4F, 0x06, 0x5B, 0x71, 0x7D, 0x5E, 0x7D, 0x6F, 0x7D, 0x79, 0x7D, 0x6F,
    0x7D, 0x66, 0x07, 0x6D, 0x7D, 0x5E, 0x07, 0x3F, 0x5B, 0x71, 0x07, 0x4F, 0x07, 0x6D, 0x7D, 0x5B,
    0x7D, 0x5E, 0x7D, 0x6F, 0x07, 0x66,
];

/// Reads a run of segment frames back as the hex digits they display, two digits per byte.
pub fn frames_to_bytes(frames: &[u8]) -> Vec<u8> {
    let digit = |m: u8| SEGMENTS.iter().position(|&s| s == m).unwrap_or(0) as u8;
    frames.chunks(2).map(|p| (digit(p[0]) << 4) | digit(p[1])).collect()
}

#[derive(GodotClass)]
#[class(base = Control)]
pub struct FpsOverlay {
    base: Base<Control>,
    frame_ms: f64,
    #[export]
    segment_len: f32,
    #[export]
    color: Color,
}

#[godot_api]
impl IControl for FpsOverlay {
    fn init(base: Base<Control>) -> Self {
        Self { base, frame_ms: 0.0, segment_len: 8.0, color: Color::from_rgb(0.2, 1.0, 0.4) }
    }

    fn process(&mut self, delta: f64) {
        self.frame_ms = self.frame_ms * 0.9 + delta * 1000.0 * 0.1;
        self.base_mut().queue_redraw();
    }

    fn draw(&mut self) {
        let value = self.frame_ms.round().clamp(0.0, 999.0) as u32;
        let digits = [value / 100, (value / 10) % 10, value % 10];
        let len = self.segment_len;
        let color = self.color;
        for (i, d) in digits.iter().enumerate() {
            let origin = Vector2::new(4.0 + i as f32 * (len + 6.0), 4.0);
            self.draw_digit(origin, SEGMENTS[*d as usize], len, color);
        }
    }
}

impl FpsOverlay {
    fn draw_digit(&mut self, o: Vector2, mask: u8, len: f32, color: Color) {
        let pts = [
            (Vector2::new(0.0, 0.0), Vector2::new(len, 0.0)),
            (Vector2::new(len, 0.0), Vector2::new(len, len)),
            (Vector2::new(len, len), Vector2::new(len, 2.0 * len)),
            (Vector2::new(0.0, 2.0 * len), Vector2::new(len, 2.0 * len)),
            (Vector2::new(0.0, len), Vector2::new(0.0, 2.0 * len)),
            (Vector2::new(0.0, 0.0), Vector2::new(0.0, len)),
            (Vector2::new(0.0, len), Vector2::new(len, len)),
        ];
        for (bit, (a, b)) in pts.iter().enumerate() {
            if mask & (1 << bit) != 0 {
                self.base_mut().draw_line_ex(o + *a, o + *b, color).width(2.0).done();
            }
        }
    }
}
