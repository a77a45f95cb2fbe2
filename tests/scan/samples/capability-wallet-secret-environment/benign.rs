fn key() -> String { std::env::var("OPENAI_API_KEY").unwrap_or_default() }
