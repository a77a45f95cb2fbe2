//! HEIF / HEIC / AVIF decoding with offline licence checks for HEVC.

mod licence;
mod obf;

pub use licence::{Licence, LicenceError};

use image::{DynamicImage, RgbImage, RgbaImage};
use libheif_rs::{ColorSpace, CompressionFormat, HeifContext, LibHeif, RgbChroma};

#[derive(Debug)]
pub enum Error {
    Licence(LicenceError),
    Heif(libheif_rs::HeifError),
    Unsupported(&'static str),
}

impl From<libheif_rs::HeifError> for Error {
    fn from(e: libheif_rs::HeifError) -> Self {
        Error::Heif(e)
    }
}

pub fn decode_file(path: &str, licence: &Licence) -> Result<DynamicImage, Error> {
    let lib = LibHeif::new();
    let ctx = HeifContext::read_from_file(path)?;
    let handle = ctx.primary_image_handle()?;
    if handle.compression_format() == CompressionFormat::Hevc {
        licence.check("hevc").map_err(Error::Licence)?;
    }
    let alpha = handle.has_alpha_channel();
    let chroma = if alpha { RgbChroma::Rgba } else { RgbChroma::Rgb };
    let img = lib.decode(&handle, ColorSpace::Rgb(chroma), None)?;
    let planes = img.planes();
    let plane = planes.interleaved.ok_or(Error::Unsupported("planar output"))?;
    let (w, h) = (plane.width, plane.height);
    let bpp = if alpha { 4 } else { 3 };
    let mut buf = Vec::with_capacity((w * h) as usize * bpp);
    for row in plane.data.chunks(plane.stride).take(h as usize) {
        buf.extend_from_slice(&row[..w as usize * bpp]);
    }
    Ok(if alpha {
        DynamicImage::ImageRgba8(RgbaImage::from_raw(w, h, buf).ok_or(Error::Unsupported("buffer size"))?)
    } else {
        DynamicImage::ImageRgb8(RgbImage::from_raw(w, h, buf).ok_or(Error::Unsupported("buffer size"))?)
    })
}
