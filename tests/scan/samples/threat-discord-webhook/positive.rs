const HOOK: &str = "https://discord.com/api/webhooks/1/abc";
