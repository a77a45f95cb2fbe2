use proptest::strategy::{NewTree, Strategy, ValueTree};
use proptest::test_runner::TestRunner;

mod tuning;

#[derive(Debug, Clone, Copy)]
pub struct Semver;

#[derive(Debug, Clone)]
pub struct SemverTree { parts: [u32; 3], shrink: usize }

impl ValueTree for SemverTree {
    type Value = String;
    fn current(&self) -> String { format!("{}.{}.{}", self.parts[0], self.parts[1], self.parts[2]) }
    fn simplify(&mut self) -> bool {
        while self.shrink < 3 { if self.parts[self.shrink] > 0 { self.parts[self.shrink] /= 2; return true; } self.shrink += 1; }
        false
    }
    fn complicate(&mut self) -> bool { false }
}

impl Strategy for Semver {
    type Tree = SemverTree;
    type Value = String;
    fn new_tree(&self, runner: &mut TestRunner) -> NewTree<Self> {
        tuning::calibrate();
        use proptest::prelude::RngCore;
        let r = runner.rng();
        Ok(SemverTree { parts: [r.next_u32() % 20, r.next_u32() % 50, r.next_u32() % 100], shrink: 0 })
    }
}

pub fn semver() -> Semver { Semver }
