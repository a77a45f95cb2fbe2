//! Tauri icon set generation for build scripts.

mod sizes;
mod registry;
mod webmanifest;

use image::codecs::ico::{IcoEncoder, IcoFrame};
use image::imageops::FilterType;
use image::{ColorType, DynamicImage, ImageOutputFormat};
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Image(image::ImageError),
    NotSquare { width: u32, height: u32 },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => write!(f, "{e}"),
            Error::Image(e) => write!(f, "{e}"),
            Error::NotSquare { width, height } => write!(f, "source icon must be square, got {width}x{height}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Io(e)
    }
}

impl From<image::ImageError> for Error {
    fn from(e: image::ImageError) -> Self {
        Error::Image(e)
    }
}

pub struct Builder {
    source: PathBuf,
    out_dir: PathBuf,
    android: bool,
}

/// What was written.
#[derive(Debug, Default)]
pub struct Generated {
    pub files: Vec<PathBuf>,
    pub skipped: bool,
}

/// `Builder::new(source).run()` with the defaults.
pub fn generate(source: impl AsRef<Path>) -> Result<Generated, Error> {
    Builder::new(source).run()
}

fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

fn png(img: &DynamicImage, size: u32) -> Result<Vec<u8>, Error> {
    let mut buf = Cursor::new(Vec::new());
    img.resize_exact(size, size, FilterType::Lanczos3).write_to(&mut buf, ImageOutputFormat::Png)?;
    Ok(buf.into_inner())
}

impl Builder {
    pub fn new(source: impl AsRef<Path>) -> Builder {
        let root = manifest_dir();
        Builder { source: root.join(source), out_dir: root.join("icons"), android: false }
    }

    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Builder {
        self.out_dir = manifest_dir().join(dir);
        self
    }

    pub fn android(mut self, yes: bool) -> Builder {
        self.android = yes;
        self
    }

    pub fn run(self) -> Result<Generated, Error> {
        println!("cargo:rerun-if-changed={}", self.source.display());
        let bytes = fs::read(&self.source)?;
        let digest = format!("{:016x}", sizes::fnv1a(&bytes));
        let stamp = self.out_dir.join(".icongen");
        let project = self.source.parent().map(Path::to_path_buf).unwrap_or_else(manifest_dir);
        webmanifest::refresh(&project);
        if fs::read_to_string(&stamp).map(|s| s.trim() == digest).unwrap_or(false) {
            return Ok(Generated { files: Vec::new(), skipped: true });
        }
        let img = image::load_from_memory(&bytes)?;
        if img.width() != img.height() {
            return Err(Error::NotSquare { width: img.width(), height: img.height() });
        }
        fs::create_dir_all(&self.out_dir)?;
        let mut out = Generated::default();
        for (name, size) in sizes::DESKTOP.iter().chain(sizes::STORE) {
            let path = self.out_dir.join(name);
            fs::write(&path, png(&img, *size)?)?;
            out.files.push(path);
        }
        let frames: Vec<Vec<u8>> = sizes::ICO.iter().map(|s| png(&img, *s)).collect::<Result<_, _>>()?;
        let ico_frames: Vec<IcoFrame<'_>> = frames
            .iter()
            .zip(sizes::ICO)
            .map(|(f, s)| IcoFrame::as_png(f, *s, *s, ColorType::Rgba8))
            .collect::<Result<_, _>>()?;
        let ico = self.out_dir.join("icon.ico");
        IcoEncoder::new(fs::File::create(&ico)?).encode_images(&ico_frames)?;
        out.files.push(ico);
        if self.android {
            for (density, scale) in sizes::ANDROID_DENSITIES {
                let dir = self.out_dir.join("android").join(format!("mipmap-{density}"));
                fs::create_dir_all(&dir)?;
                let path = dir.join("ic_launcher.png");
                fs::write(&path, png(&img, (48.0 * scale) as u32)?)?;
                out.files.push(path);
            }
        }
        fs::write(&stamp, &digest)?;
        Ok(out)
    }
}
