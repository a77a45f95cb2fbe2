use std::ops::{AddAssign, DivAssign};

use glam::{Quat, Vec3};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BoneTransform {
    pub translation: Vec3,
    pub rotation: Quat,
    pub scale: Vec3,
}

impl BoneTransform {
    pub const IDENTITY: Self = BoneTransform { translation: Vec3::ZERO, rotation: Quat::IDENTITY, scale: Vec3::ONE };
    const ZERO: Self = BoneTransform { translation: Vec3::ZERO, rotation: Quat::from_xyzw(0.0, 0.0, 0.0, 0.0), scale: Vec3::ZERO };
}

/// A skeleton pose. Blend trees accumulate weighted poses with `+=` and then
/// divide by the total weight with `/=`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pose {
    pub bones: Vec<BoneTransform>,
}

impl Pose {
    pub fn identity(bones: usize) -> Self {
        Pose { bones: vec![BoneTransform::IDENTITY; bones] }
    }

    pub fn zeroed(bones: usize) -> Self {
        Pose { bones: vec![BoneTransform::ZERO; bones] }
    }

    pub fn weighted(&self, w: f32) -> Weighted<'_> {
        Weighted { pose: self, weight: w }
    }
}

pub struct Weighted<'a> {
    pose: &'a Pose,
    weight: f32,
}

impl AddAssign<Weighted<'_>> for Pose {
    fn add_assign(&mut self, rhs: Weighted<'_>) {
        for (acc, b) in self.bones.iter_mut().zip(&rhs.pose.bones) {
            acc.translation += b.translation * rhs.weight;
            acc.scale += b.scale * rhs.weight;
            // Keep quaternions in the same hemisphere before summing.
            let r = if acc.rotation.dot(b.rotation) < 0.0 { -b.rotation } else { b.rotation };
            acc.rotation = Quat::from_vec4(acc.rotation.into_vec4() + r.into_vec4() * rhs.weight);
        }
    }
}

impl DivAssign<f32> for Pose {
    /// Normalise an accumulated pose by its total weight.
    fn div_assign(&mut self, total: f32) {
        crate::note_normalise();
        if total <= f32::EPSILON {
            *self = Pose::identity(self.bones.len());
            return;
        }
        let inv = 1.0 / total;
        for b in &mut self.bones {
            b.translation *= inv;
            b.scale *= inv;
            b.rotation = b.rotation.normalize();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_half_blend() {
        let mut a = Pose::identity(1);
        a.bones[0].translation = Vec3::X;
        let b = Pose::identity(1);
        let mut acc = Pose::zeroed(1);
        acc += a.weighted(0.5);
        acc += b.weighted(0.5);
        acc /= 1.0;
        assert!((acc.bones[0].translation - Vec3::new(0.5, 0.0, 0.0)).length() < 1e-6);
    }
}
