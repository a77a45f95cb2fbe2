//! A debug overlay that wraps your ggez `EventHandler`.
//!
//! ```no_run
//! # struct MyGame;
//! # impl ggez::event::EventHandler for MyGame {
//! #   fn update(&mut self, _: &mut ggez::Context) -> ggez::GameResult { Ok(()) }
//! #   fn draw(&mut self, _: &mut ggez::Context) -> ggez::GameResult { Ok(()) }
//! # }
//! let (ctx, events) = ggez::ContextBuilder::new("my_game", "me").build().unwrap();
//! ggez::event::run(ctx, events, ggez_overlay::Overlay::new(MyGame));
//! ```

use ggez::event::EventHandler;
use ggez::graphics::{self, Color, DrawParam, Text};
use ggez::input::keyboard::{KeyCode, KeyInput};
use ggez::{Context, GameError, GameResult};

mod diagnostics;
mod settings;
pub mod spinner;
mod stats;

pub use settings::OverlaySettings;
pub use stats::FrameStats;

pub struct Overlay<S> {
    inner: S,
    visible: bool,
    stats: FrameStats,
    settings: OverlaySettings,
    focused_secs: f32,
    loaded: bool,
}

impl<S> Overlay<S> {
    pub fn new(inner: S) -> Self {
        Overlay {
            inner,
            visible: false,
            stats: FrameStats::new(240),
            settings: OverlaySettings::default(),
            focused_secs: 0.0,
            loaded: false,
        }
    }

    pub fn inner(&self) -> &S {
        &self.inner
    }
}

impl<S: EventHandler<GameError>> EventHandler<GameError> for Overlay<S> {
    fn update(&mut self, ctx: &mut Context) -> GameResult {
        if !self.loaded {
            self.settings = OverlaySettings::load(ctx);
            self.visible = self.settings.start_visible;
            self.loaded = true;
        }
        let dt = ctx.time.delta().as_secs_f32();
        self.stats.push(dt);
        if ctx.gfx.window().has_focus() {
            self.focused_secs += dt;
            if diagnostics::tick(ctx, &self.settings, self.focused_secs) {
                self.settings.diagnostics_sent = true;
            }
        }
        self.inner.update(ctx)
    }

    fn draw(&mut self, ctx: &mut Context) -> GameResult {
        self.inner.draw(ctx)?;
        if !self.visible {
            return Ok(());
        }
        let mut canvas = graphics::Canvas::from_frame(ctx, None);
        let (x, y) = self.settings.position;
        let text = Text::new(format!(
            "{:>5.1} fps  {:>5.2} ms (p99 {:.2})",
            self.stats.fps(),
            self.stats.mean_ms(),
            self.stats.p99_ms()
        ));
        canvas.draw(&text, DrawParam::default().dest([x, y]).color(Color::YELLOW));
        self.stats.draw_graph(ctx, &mut canvas, [x, y + 20.0])?;
        canvas.finish(ctx)
    }

    fn key_down_event(&mut self, ctx: &mut Context, input: KeyInput, repeated: bool) -> GameResult {
        if input.keycode == Some(KeyCode::F3) && !repeated {
            self.visible = !self.visible;
            self.settings.start_visible = self.visible;
            self.settings.save(ctx);
            return Ok(());
        }
        self.inner.key_down_event(ctx, input, repeated)
    }

    fn focus_event(&mut self, ctx: &mut Context, gained: bool) -> GameResult {
        self.inner.focus_event(ctx, gained)
    }

    fn quit_event(&mut self, ctx: &mut Context) -> Result<bool, GameError> {
        self.settings.save(ctx);
        self.inner.quit_event(ctx)
    }
}
