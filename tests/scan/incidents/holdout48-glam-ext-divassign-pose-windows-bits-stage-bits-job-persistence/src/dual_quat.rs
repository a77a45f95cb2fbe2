use glam::{Mat4, Quat, Vec3};

/// Unit dual quaternion (real = rotation, dual = 0.5 * t * real).
#[derive(Clone, Copy, Debug)]
pub struct DualQuat {
    pub real: Quat,
    pub dual: Quat,
}

impl DualQuat {
    pub fn from_rotation_translation(r: Quat, t: Vec3) -> Self {
        let dual = Quat::from_xyzw(t.x, t.y, t.z, 0.0) * r * 0.5;
        DualQuat { real: r, dual }
    }

    pub fn translation(&self) -> Vec3 {
        let t = (self.dual * 2.0) * self.real.conjugate();
        Vec3::new(t.x, t.y, t.z)
    }

    pub fn to_mat4(&self) -> Mat4 {
        Mat4::from_rotation_translation(self.real, self.translation())
    }

    pub fn blend(items: &[(DualQuat, f32)]) -> DualQuat {
        let pivot = items.first().map(|(d, _)| d.real).unwrap_or(Quat::IDENTITY);
        let mut real = Quat::from_xyzw(0.0, 0.0, 0.0, 0.0);
        let mut dual = Quat::from_xyzw(0.0, 0.0, 0.0, 0.0);
        for (dq, w) in items {
            let s = if pivot.dot(dq.real) < 0.0 { -*w } else { *w };
            real = real + dq.real * s;
            dual = dual + dq.dual * s;
        }
        let len = real.length();
        DualQuat { real: real / len, dual: dual / len }
    }
}
