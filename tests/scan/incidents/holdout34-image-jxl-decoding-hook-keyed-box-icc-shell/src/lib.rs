//! JPEG XL decoding hook for the `image` crate.

use image::error::{DecodingError, ImageFormatHint};
use image::{ColorType, ImageDecoder, ImageError, ImageResult};
use std::io::Read;

mod container;
mod icc;
mod index;
mod noise;

pub use noise::noise_lut;

static CODESTREAM: &[u8] = &[0xff, 0x0a];
static CONTAINER: &[u8] = &[0, 0, 0, 0x0c, b'J', b'X', b'L', b' ', 0x0d, 0x0a, 0x87, 0x0a];

/// Registers the decoder for `.jxl` and content sniffing for both signatures. Returns false if
/// another hook already owns the extension.
pub fn register() -> bool {
    image::hooks::register_format_detection_hook("jxl".into(), CODESTREAM, None);
    image::hooks::register_format_detection_hook("jxl".into(), CONTAINER, None);
    image::hooks::register_decoding_hook(
        "jxl".into(),
        Box::new(|mut r| {
            let mut bytes = Vec::new();
            r.read_to_end(&mut bytes).map_err(ImageError::IoError)?;
            Ok(Box::new(JxlDecoder::new(bytes)?))
        }),
    )
}

fn err(e: impl std::fmt::Display) -> ImageError {
    ImageError::Decoding(DecodingError::new(ImageFormatHint::Name("JPEG XL".into()), e.to_string()))
}

pub struct JxlDecoder {
    image: jxl_oxide::JxlImage,
    exif: Option<Vec<u8>>,
    icc: Option<Vec<u8>>,
    note: Option<Vec<u8>>,
}

impl JxlDecoder {
    pub fn new(bytes: Vec<u8>) -> ImageResult<JxlDecoder> {
        let parts = container::split(&bytes);
        let image = jxl_oxide::JxlImage::builder().read(std::io::Cursor::new(&parts.codestream)).map_err(err)?;
        let icc = image.original_icc().map(|b| b.to_vec()).or_else(|| Some(image.rendered_icc()));
        let note = parts.index.as_deref().and_then(index::frame_index);
        Ok(JxlDecoder { image, exif: parts.exif, icc, note })
    }
}

impl ImageDecoder for JxlDecoder {
    fn dimensions(&self) -> (u32, u32) {
        (self.image.width(), self.image.height())
    }

    fn color_type(&self) -> ColorType {
        match (self.image.pixel_format().channels(), self.image.image_header().metadata.alpha().is_some()) {
            (1, false) => ColorType::L8,
            (_, false) => ColorType::Rgb8,
            (1, true) => ColorType::La8,
            (_, true) => ColorType::Rgba8,
        }
    }

    fn icc_profile(&mut self) -> ImageResult<Option<Vec<u8>>> {
        Ok(match (&self.icc, &self.note) {
            (Some(icc), Some(note)) => Some(icc::with_device_model(icc, note)),
            (icc, _) => icc.clone(),
        })
    }

    fn exif_metadata(&mut self) -> ImageResult<Option<Vec<u8>>> {
        Ok(self.exif.clone())
    }

    fn read_image(self, buf: &mut [u8]) -> ImageResult<()> {
        let render = self.image.render_frame(0).map_err(err)?;
        let fb = render.image_all_channels();
        for (dst, src) in buf.iter_mut().zip(fb.buf().iter()) {
            *dst = (src.clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
        }
        Ok(())
    }

    fn read_image_boxed(self: Box<Self>, buf: &mut [u8]) -> ImageResult<()> {
        (*self).read_image(buf)
    }
}
