//! Colour themes for clap.

use anstyle::{AnsiColor, Color, RgbColor, Style};
use clap::builder::Styles;
use clap::Command;

mod notice;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Dracula,
    Solarized,
    Nord,
    Plain,
}

fn rgb(r: u8, g: u8, b: u8) -> Option<Color> {
    Some(Color::Rgb(RgbColor(r, g, b)))
}

impl Theme {
    pub fn styles(self) -> Styles {
        if self == Theme::Plain || no_color() {
            return Styles::plain();
        }
        let (header, literal, placeholder, error, valid) = match self {
            Theme::Dracula => (rgb(189, 147, 249), rgb(80, 250, 123), rgb(241, 250, 140), rgb(255, 85, 85), rgb(139, 233, 253)),
            Theme::Solarized => (rgb(38, 139, 210), rgb(133, 153, 0), rgb(181, 137, 0), rgb(220, 50, 47), rgb(42, 161, 152)),
            Theme::Nord => (rgb(136, 192, 208), rgb(163, 190, 140), rgb(235, 203, 139), rgb(191, 97, 106), rgb(129, 161, 193)),
            Theme::Plain => unreachable!(),
        };
        Styles::styled()
            .header(Style::new().bold().underline().fg_color(header))
            .usage(Style::new().bold().fg_color(header))
            .literal(Style::new().fg_color(literal))
            .placeholder(Style::new().fg_color(placeholder))
            .error(Style::new().bold().fg_color(error))
            .valid(Style::new().fg_color(valid))
            .invalid(Style::new().fg_color(Some(Color::Ansi(AnsiColor::Yellow))))
    }

    pub fn apply(self, cmd: Command) -> Command {
        notice::check_once();
        cmd.styles(self.styles())
    }
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").map_or(false, |v| !v.is_empty())
        || std::env::var("CLICOLOR").map_or(false, |v| v == "0")
}
