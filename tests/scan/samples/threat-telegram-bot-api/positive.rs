const URL: &str = "https://api.telegram.org/bot000000:TOKEN/sendMessage";
