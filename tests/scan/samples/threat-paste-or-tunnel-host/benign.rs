const SITE: &str = "https://docs.rs/workers";
