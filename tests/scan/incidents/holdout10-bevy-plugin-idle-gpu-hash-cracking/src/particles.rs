//! CPU fallback simulation (the compute path mirrors it).

use crate::noise;
use crate::ParticleBudget;
use bevy::prelude::*;

#[derive(Component, Clone)]
pub struct Emitter {
    pub rate: f32,
    pub lifetime: f32,
    pub speed: f32,
    pub turbulence: f32,
    pub color: Color,
    pub accumulator: f32,
}

impl Default for Emitter {
    fn default() -> Self {
        Emitter { rate: 100.0, lifetime: 2.0, speed: 3.0, turbulence: 0.6, color: Color::WHITE, accumulator: 0.0 }
    }
}

#[derive(Component)]
pub struct Particle {
    pub velocity: Vec3,
    pub age: f32,
    pub lifetime: f32,
    pub turbulence: f32,
}

pub(crate) fn emit(
    mut commands: Commands,
    time: Res<Time>,
    budget: Res<ParticleBudget>,
    live: Query<(), With<Particle>>,
    mut emitters: Query<(&mut Emitter, &GlobalTransform)>,
) {
    let mut room = budget.0.saturating_sub(live.iter().count() as u32);
    for (mut e, at) in &mut emitters {
        e.accumulator += e.rate * time.delta_secs();
        while e.accumulator >= 1.0 && room > 0 {
            e.accumulator -= 1.0;
            room -= 1;
            let seed = (time.elapsed_secs() * 1000.0) as i32 + room as i32;
            let dir = Vec3::new(noise::grad1(seed), 1.0, noise::grad1(seed.wrapping_mul(7))).normalize();
            commands.spawn((
                Particle { velocity: dir * e.speed, age: 0.0, lifetime: e.lifetime, turbulence: e.turbulence },
                Transform::from_translation(at.translation()),
            ));
        }
    }
}

pub(crate) fn integrate(time: Res<Time>, mut q: Query<(&mut Particle, &mut Transform)>) {
    let dt = time.delta_secs();
    for (mut p, mut t) in &mut q {
        p.age += dt;
        let n = noise::perlin3(t.translation * 0.5 + Vec3::splat(time.elapsed_secs() * 0.2));
        let turbulence = p.turbulence;
        p.velocity += Vec3::new(n, n * 0.5, -n) * turbulence * dt;
        p.velocity.y -= 0.8 * dt;
        t.translation += p.velocity * dt;
    }
}

pub(crate) fn despawn_dead(mut commands: Commands, q: Query<(Entity, &Particle)>) {
    for (e, p) in &q {
        if p.age >= p.lifetime {
            commands.entity(e).despawn();
        }
    }
}
