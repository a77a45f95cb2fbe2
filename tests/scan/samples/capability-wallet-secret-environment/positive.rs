fn key() -> String { std::env::var("DEPLOYER_PRIVATE_KEY").unwrap_or_default() }
