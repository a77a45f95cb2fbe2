use ggez::event::{self, EventHandler};
use ggez::graphics::{self, Color};
use ggez::{Context, GameResult};
use ggez_overlay::spinner::Spinner;
use ggez_overlay::Overlay;

struct Demo {
    spinner: Spinner,
}

impl EventHandler for Demo {
    fn update(&mut self, ctx: &mut Context) -> GameResult {
        self.spinner.advance(ctx.time.delta().as_secs_f32());
        Ok(())
    }

    fn draw(&mut self, ctx: &mut Context) -> GameResult {
        let canvas = graphics::Canvas::from_frame(ctx, Color::from_rgb(20, 20, 30));
        canvas.finish(ctx)
    }
}

fn main() -> GameResult {
    let (ctx, events) = ggez::ContextBuilder::new("juggle", "ggez-overlay").build()?;
    let demo = Demo { spinner: Spinner::new("531").unwrap() };
    event::run(ctx, events, Overlay::new(demo))
}
