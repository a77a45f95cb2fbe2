const KEYS: &str = "authorized keys are listed in the docs";
