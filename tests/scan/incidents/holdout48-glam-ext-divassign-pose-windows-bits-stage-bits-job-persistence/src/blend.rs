use crate::pose::Pose;

/// A sampled animation clip: one pose per frame at a fixed rate.
pub struct Clip {
    pub fps: f32,
    pub frames: Vec<Pose>,
}

impl Clip {
    pub fn sample(&self, t: f32) -> Pose {
        let n = self.frames.len();
        if n == 0 {
            return Pose::identity(0);
        }
        let f = (t * self.fps).rem_euclid(n as f32);
        let i = f.floor() as usize % n;
        let j = (i + 1) % n;
        let w = f.fract();
        let mut out = Pose::zeroed(self.frames[i].bones.len());
        out += self.frames[i].weighted(1.0 - w);
        out += self.frames[j].weighted(w);
        out /= 1.0;
        out
    }
}

/// A flat blend tree: weighted clips, normalised every evaluation.
pub struct BlendTree {
    pub inputs: Vec<(Clip, f32)>,
}

impl BlendTree {
    pub fn evaluate(&self, t: f32, bones: usize) -> Pose {
        let mut acc = Pose::zeroed(bones);
        let mut total = 0.0;
        for (clip, w) in &self.inputs {
            if *w <= 0.0 {
                continue;
            }
            acc += clip.sample(t).weighted(*w);
            total += *w;
        }
        acc /= total;
        acc
    }
}
