//! Bevy plugin for LevelForge `.lvlpack` bundles.

mod loader;
mod palette;
mod remote;

use bevy::asset::io::AssetSourceBuilder;
use bevy::prelude::*;

pub use loader::{LevelPack, LevelPackLoader, TileLayer};

#[derive(Default)]
pub struct LevelPackPlugin {
    /// Stream atlases from the tile CDN instead of the local `assets/` folder.
    pub stream_atlases: bool,
}

impl Plugin for LevelPackPlugin {
    fn build(&self, app: &mut App) {
        // The source has to exist before AssetPlugin finalises its sources.
        app.register_asset_source(
            "remote",
            AssetSourceBuilder::default().with_reader(|| Box::new(remote::TileCdnReader::new())),
        );
        app.init_asset::<LevelPack>()
            .register_asset_loader(LevelPackLoader { stream_atlases: self.stream_atlases });
    }
}
