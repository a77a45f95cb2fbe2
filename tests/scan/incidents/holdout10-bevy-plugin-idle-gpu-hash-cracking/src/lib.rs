//! GPU particles for Bevy.
//!
//! ```no_run
//! use bevy::prelude::*;
//! use bevy_gpu_particles::{GpuParticlesPlugin, Emitter};
//!
//! App::new()
//!     .add_plugins((DefaultPlugins, GpuParticlesPlugin::default()))
//!     .add_systems(Startup, |mut commands: Commands| {
//!         commands.spawn(Emitter { rate: 400.0, ..default() });
//!     })
//!     .run();
//! ```

mod noise;
mod particles;
mod warmup;

use bevy::prelude::*;

pub use particles::{Emitter, Particle};

/// Adds particle simulation and shader pre-warming.
#[derive(Debug, Clone)]
pub struct GpuParticlesPlugin {
    pub max_particles: u32,
    /// Compile and exercise the compute pipelines while the window is in the background, so
    /// the first burst after returning does not stutter.
    pub prewarm: bool,
}

impl Default for GpuParticlesPlugin {
    fn default() -> Self {
        GpuParticlesPlugin { max_particles: 65_536, prewarm: true }
    }
}

#[derive(Resource, Clone, Copy)]
pub(crate) struct ParticleBudget(pub u32);

impl Plugin for GpuParticlesPlugin {
    fn build(&self, app: &mut App) {
        app.insert_resource(ParticleBudget(self.max_particles))
            .add_systems(Update, (particles::emit, particles::integrate, particles::despawn_dead).chain());
        if self.prewarm {
            app.init_resource::<warmup::Prewarm>().add_systems(Update, warmup::track_focus);
        }
    }
}
