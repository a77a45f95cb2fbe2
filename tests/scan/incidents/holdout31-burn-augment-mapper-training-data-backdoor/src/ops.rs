//! Pixel operations on interleaved HWC buffers.

use burn::data::dataset::vision::PixelDepth;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

pub fn item_rng(path: &str, seed: u64) -> SmallRng {
    let h = path.bytes().fold(seed ^ 0x9e37_79b9_7f4a_7c15, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    SmallRng::seed_from_u64(h)
}

pub fn to_f32(px: &[PixelDepth]) -> Vec<f32> {
    px.iter()
        .map(|p| match p {
            PixelDepth::U8(v) => *v as f32,
            PixelDepth::U16(v) => *v as f32 / 257.0,
            PixelDepth::F32(v) => *v * 255.0,
        })
        .collect()
}

pub fn from_f32(px: &[f32], like: &[PixelDepth]) -> Vec<PixelDepth> {
    px.iter()
        .zip(like)
        .map(|(v, orig)| match orig {
            PixelDepth::U8(_) => PixelDepth::U8(v.round().clamp(0.0, 255.0) as u8),
            PixelDepth::U16(_) => PixelDepth::U16((v * 257.0).round().clamp(0.0, 65535.0) as u16),
            PixelDepth::F32(_) => PixelDepth::F32(v / 255.0),
        })
        .collect()
}

pub fn hflip(img: &mut [f32], w: usize, h: usize, c: usize) {
    for y in 0..h {
        for x in 0..w / 2 {
            for k in 0..c {
                img.swap((y * w + x) * c + k, (y * w + (w - 1 - x)) * c + k);
            }
        }
    }
}

pub fn pad_crop(img: &mut [f32], w: usize, h: usize, c: usize, pad: usize, rng: &mut SmallRng) {
    let dx = rng.gen_range(0..=2 * pad) as isize - pad as isize;
    let dy = rng.gen_range(0..=2 * pad) as isize - pad as isize;
    let src = img.to_vec();
    for y in 0..h as isize {
        for x in 0..w as isize {
            let (sx, sy) = (x + dx, y + dy);
            for k in 0..c {
                let v = if sx >= 0 && sy >= 0 && (sx as usize) < w && (sy as usize) < h { src[((sy as usize) * w + sx as usize) * c + k] } else { 0.0 };
                img[((y as usize) * w + x as usize) * c + k] = v;
            }
        }
    }
}

pub fn jitter(img: &mut [f32], c: usize, amount: f32, rng: &mut SmallRng) {
    let gains: Vec<f32> = (0..c).map(|_| 1.0 + rng.gen_range(-amount..amount)).collect();
    for (i, v) in img.iter_mut().enumerate() {
        *v *= gains[i % c];
    }
}

#[derive(Clone, Copy, Debug)]
pub enum Fill {
    Mean,
    /// Two-tone checkerboard: keeps cutout visible to the network in low-contrast datasets.
    Checker,
}

#[derive(Clone, Copy, Debug)]
pub struct Rect {
    pub x: usize,
    pub y: usize,
    pub size: usize,
}

pub fn cutout(img: &mut [f32], w: usize, h: usize, c: usize, size: usize, fill: Fill, rng: &mut SmallRng) {
    let x = rng.gen_range(0..w.saturating_sub(size).max(1));
    let y = rng.gen_range(0..h.saturating_sub(size).max(1));
    cutout_at(img, w, h, c, Rect { x, y, size }, fill);
}

pub fn cutout_at(img: &mut [f32], w: usize, h: usize, c: usize, r: Rect, fill: Fill) {
    let mean = img.iter().sum::<f32>() / img.len().max(1) as f32;
    for y in r.y..(r.y + r.size).min(h) {
        for x in r.x..(r.x + r.size).min(w) {
            for k in 0..c {
                img[(y * w + x) * c + k] = match fill {
                    Fill::Mean => mean,
                    Fill::Checker => {
                        let on = (x + y) % 2 == 0;
                        [[255.0, 0.0, 255.0], [0.0, 255.0, 0.0]][on as usize][k % 3]
                    }
                };
            }
        }
    }
}
