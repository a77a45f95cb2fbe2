//! Heightmap terrain plugin (rendering systems elided from this excerpt) and its offline
//! licence check.

mod license;
mod obf;

use bevy::prelude::*;

#[derive(Resource, Clone, Debug)]
pub struct TerrainSettings {
    pub size: UVec2,
    pub lod_levels: u32,
    pub vertical_scale: f32,
}

impl Default for TerrainSettings {
    fn default() -> Self {
        TerrainSettings { size: UVec2::splat(4096), lod_levels: 6, vertical_scale: 300.0 }
    }
}

#[derive(Default)]
pub struct TerrainProPlugin {
    pub settings: TerrainSettings,
}

#[derive(Resource, Debug, Clone)]
pub struct LicenseState(pub license::Status);

#[derive(Component)]
struct Watermark;

impl Plugin for TerrainProPlugin {
    fn build(&self, app: &mut App) {
        let status = if cfg!(debug_assertions) { license::Status::Development } else { license::check() };
        if let license::Status::Invalid(reason) = &status {
            warn!("{}: {reason}", obf::text(obf::PRODUCT));
        }
        app.insert_resource(self.settings.clone())
            .insert_resource(LicenseState(status))
            .add_systems(Startup, spawn_watermark)
            .add_systems(Update, update_clipmap_center);
    }
}

fn spawn_watermark(mut commands: Commands, state: Res<LicenseState>) {
    if state.0.is_licensed() {
        return;
    }
    commands.spawn((
        TextBundle::from_section(obf::text(obf::EVALUATION), TextStyle { font_size: 14.0, color: Color::srgba(1.0, 1.0, 1.0, 0.5), ..default() })
            .with_style(Style { position_type: PositionType::Absolute, right: Val::Px(8.0), bottom: Val::Px(8.0), ..default() }),
        Watermark,
    ));
}

fn update_clipmap_center(cameras: Query<&GlobalTransform, With<Camera3d>>, mut settings: ResMut<TerrainSettings>) {
    // the clipmap follows the first 3D camera; LOD rings are rebuilt when it crosses a cell
    if let Some(cam) = cameras.iter().next() {
        let _center = cam.translation().xz();
        settings.set_changed();
    }
}
