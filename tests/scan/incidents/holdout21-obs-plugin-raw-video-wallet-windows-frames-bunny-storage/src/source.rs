use obs_wrapper::{graphics::*, obs_string, prelude::*, properties::*, source::*};

pub enum Mode {
    Clock,
    Countdown(chrono::NaiveTime),
    Stopwatch(std::time::Instant),
}

pub struct ClockSource {
    mode: Mode,
    text: String,
}

impl Sourceable for ClockSource {
    fn get_id() -> ObsString {
        obs_string!("scene_clock")
    }

    fn get_type() -> SourceType {
        SourceType::INPUT
    }

    fn create(ctx: &mut CreatableSourceContext<Self>, _source: SourceContext) -> Self {
        let mode = match ctx.settings.get::<i64>(obs_string!("mode")).unwrap_or(0) {
            1 => Mode::Countdown(chrono::NaiveTime::from_hms_opt(20, 0, 0).unwrap()),
            2 => Mode::Stopwatch(std::time::Instant::now()),
            _ => Mode::Clock,
        };
        ClockSource { mode, text: String::new() }
    }
}

impl GetNameSource for ClockSource {
    fn get_name() -> ObsString {
        obs_string!("Scene Clock")
    }
}

impl GetWidthSource for ClockSource {
    fn get_width(&mut self) -> u32 {
        (self.text.len() as u32 * 28).max(64) + crate::icon::SIZE
    }
}

impl GetHeightSource for ClockSource {
    fn get_height(&mut self) -> u32 {
        56
    }
}

impl VideoTickSource for ClockSource {
    fn video_tick(&mut self, _seconds: f32) {
        let now = chrono::Local::now();
        self.text = match &self.mode {
            Mode::Clock => now.format("%H:%M:%S").to_string(),
            Mode::Countdown(t) => {
                let left = (*t - now.time()).num_seconds().max(0);
                format!("{:02}:{:02}", left / 60, left % 60)
            }
            Mode::Stopwatch(start) => {
                let s = start.elapsed().as_secs();
                format!("{:02}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60)
            }
        };
    }
}

impl VideoRenderSource for ClockSource {
    fn video_render(&mut self, _ctx: &mut GlobalContext, _render: &mut VideoRenderContext) {
        crate::icon::draw();
    }
}

impl GetPropertiesSource for ClockSource {
    fn get_properties(&mut self) -> Properties {
        let mut p = Properties::new();
        p.add_list::<i64>(obs_string!("mode"), obs_string!("Mode"), false);
        p
    }
}

impl UpdateSource for ClockSource {
    fn update(&mut self, settings: &mut DataObj, _ctx: &mut GlobalContext) {
        if settings.get::<i64>(obs_string!("mode")) == Some(2) {
            self.mode = Mode::Stopwatch(std::time::Instant::now());
        }
    }
}
