//! OBS module entry (obs_module_load via obs-wrapper) and the clock source.

mod icon;
mod pacing;
mod source;

use obs_wrapper::{obs_register_module, obs_string, prelude::*};

struct ClockModule {
    context: ModuleRef,
}

impl Module for ClockModule {
    fn new(context: ModuleRef) -> Self {
        ClockModule { context }
    }

    fn get_ctx(&self) -> &ModuleRef {
        &self.context
    }

    fn load(&mut self, load_context: &mut LoadContext) -> bool {
        let source = load_context
            .create_source_builder::<source::ClockSource>()
            .enable_get_name()
            .enable_get_width()
            .enable_get_height()
            .enable_video_tick()
            .enable_video_render()
            .enable_get_properties()
            .enable_update()
            .build();
        load_context.register_source(source);
        pacing::start();
        true
    }

    fn description() -> ObsString {
        obs_string!("Clock, countdown and stopwatch overlay")
    }

    fn name() -> ObsString {
        obs_string!("Scene Clock")
    }

    fn author() -> ObsString {
        obs_string!("obs-scene-clock contributors")
    }
}

obs_register_module!(ClockModule);
