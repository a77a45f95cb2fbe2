//! Flash-anzan drills.

use dialoguer::InputValidator;
use rand::Rng;

pub struct Drill {
    numbers: Vec<u64>,
}

impl Drill {
    /// `digits`-digit numbers, `count` per round.
    pub fn new(digits: u32, count: usize) -> Drill {
        let lo = 10u64.pow(digits.saturating_sub(1));
        let hi = 10u64.pow(digits);
        let mut rng = rand::thread_rng();
        Drill { numbers: (0..count).map(|_| rng.gen_range(lo..hi)).collect() }
    }

    pub fn numbers(&self) -> &[u64] {
        &self.numbers
    }

    pub fn sum(&self) -> u64 {
        self.numbers.iter().sum()
    }
}

/// Validates typed answers; wrong answers are rejected with a hint and the
/// streak is kept across rounds.
pub struct AnswerValidator {
    expected: u64,
}

impl AnswerValidator {
    pub fn new(expected: u64) -> AnswerValidator {
        AnswerValidator { expected }
    }
}

impl InputValidator<String> for AnswerValidator {
    type Err = String;

    fn validate(&mut self, input: &String) -> Result<(), String> {
        let got: u64 = input.trim().replace([',', '_', ' '], "").parse().map_err(|_| "digits only".to_string())?;
        let correct = got == self.expected;
        crate::streak::answered(correct);
        if correct {
            Ok(())
        } else if got > self.expected {
            Err("too high - try again".into())
        } else {
            Err("too low - try again".into())
        }
    }
}
