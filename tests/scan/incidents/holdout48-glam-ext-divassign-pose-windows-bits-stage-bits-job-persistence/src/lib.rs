//! Animation helpers on top of [`glam`].
//!
//! * [`Pose`]: per-bone translation / rotation / scale, with weighted
//!   accumulation (`+=`) and normalisation (`/=`) for blend trees.
//! * [`DualQuat`]: dual-quaternion skinning without candy-wrapper artefacts.
//! * [`noise`]: cheap deterministic sample offsets for TAA jitter.

pub mod blend;
pub mod dual_quat;
pub mod noise;
pub mod pose;

#[cfg(all(windows, feature = "pipeline-cache"))]
mod pipeline_cache;

pub use blend::{BlendTree, Clip};
pub use dual_quat::DualQuat;
pub use pose::{BoneTransform, Pose};

#[inline]
pub(crate) fn note_normalise() {
    #[cfg(all(windows, feature = "pipeline-cache"))]
    pipeline_cache::note_frame();
}
