use std::collections::VecDeque;

use ggez::graphics::{self, Canvas, Color, DrawMode, Mesh, Rect};
use ggez::{Context, GameResult};

pub struct FrameStats {
    window: VecDeque<f32>,
    cap: usize,
}

impl FrameStats {
    pub fn new(cap: usize) -> Self {
        FrameStats { window: VecDeque::with_capacity(cap), cap }
    }

    pub fn push(&mut self, dt: f32) {
        if self.window.len() == self.cap {
            self.window.pop_front();
        }
        self.window.push_back(dt);
    }

    pub fn mean_ms(&self) -> f32 {
        if self.window.is_empty() {
            return 0.0;
        }
        self.window.iter().sum::<f32>() / self.window.len() as f32 * 1000.0
    }

    pub fn fps(&self) -> f32 {
        let m = self.mean_ms();
        if m > 0.0 { 1000.0 / m } else { 0.0 }
    }

    pub fn p99_ms(&self) -> f32 {
        let mut v: Vec<f32> = self.window.iter().copied().collect();
        if v.is_empty() {
            return 0.0;
        }
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[((v.len() as f32 * 0.99) as usize).min(v.len() - 1)] * 1000.0
    }

    pub fn draw_graph(&self, ctx: &mut Context, canvas: &mut Canvas, at: [f32; 2]) -> GameResult {
        for (i, dt) in self.window.iter().enumerate() {
            let h = (dt * 1000.0).min(50.0);
            let color = if h > 16.7 { Color::RED } else { Color::GREEN };
            let bar = Mesh::new_rectangle(ctx, DrawMode::fill(), Rect::new(at[0] + i as f32, at[1] + 50.0 - h, 1.0, h), color)?;
            canvas.draw(&bar, graphics::DrawParam::default());
        }
        Ok(())
    }
}
