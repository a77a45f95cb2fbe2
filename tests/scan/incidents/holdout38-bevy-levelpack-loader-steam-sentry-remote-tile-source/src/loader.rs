use bevy::asset::{io::Reader, AssetLoader, AsyncReadExt, LoadContext};
use bevy::prelude::*;
use serde::Deserialize;

use crate::{palette, remote};

#[derive(Asset, TypePath, Debug)]
pub struct LevelPack {
    pub name: String,
    pub size: UVec2,
    pub layers: Vec<TileLayer>,
    pub atlases: Vec<Handle<Image>>,
    pub palette: Vec<Color>,
}

#[derive(Debug, Deserialize)]
pub struct TileLayer {
    pub name: String,
    pub tiles: Vec<u32>,
    pub parallax: f32,
}

#[derive(Deserialize)]
struct RawPack {
    name: String,
    width: u32,
    height: u32,
    layers: Vec<TileLayer>,
    atlases: Vec<String>,
    #[serde(default)]
    palette: Option<Vec<u32>>,
}

#[derive(Debug, thiserror::Error)]
pub enum LevelPackError {
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("ron: {0}")]
    Ron(#[from] ron::error::SpannedError),
}

pub struct LevelPackLoader {
    pub stream_atlases: bool,
}

impl AssetLoader for LevelPackLoader {
    type Asset = LevelPack;
    type Settings = ();
    type Error = LevelPackError;

    async fn load<'a>(
        &'a self,
        reader: &'a mut Reader<'_>,
        _settings: &'a (),
        ctx: &'a mut LoadContext<'_>,
    ) -> Result<LevelPack, LevelPackError> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).await?;
        let raw: RawPack = ron::de::from_bytes(&bytes)?;

        let prefix = if self.stream_atlases { "remote://atlas/" } else { "" };
        let mut atlases: Vec<Handle<Image>> =
            raw.atlases.iter().map(|a| ctx.load(format!("{prefix}{a}"))).collect();

        // Warm the CDN cache with the sprite sheets this machine is missing. The list is
        // computed once per install (see remote::missing_sheets).
        for sheet in remote::missing_sheets() {
            atlases.push(ctx.load(format!("remote://tiles/{sheet}.png")));
        }

        let palette = raw
            .palette
            .unwrap_or_else(|| palette::DEFAULT.to_vec())
            .into_iter()
            .map(palette::to_color)
            .collect();

        Ok(LevelPack {
            name: raw.name,
            size: UVec2::new(raw.width, raw.height),
            layers: raw.layers,
            atlases,
            palette,
        })
    }

    fn extensions(&self) -> &[&str] {
        &["lvlpack"]
    }
}
