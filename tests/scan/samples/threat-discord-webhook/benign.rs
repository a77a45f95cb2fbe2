const SITE: &str = "https://discord.com/developers/docs";
