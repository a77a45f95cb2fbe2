// see https://api.telegram.org/bot for the bot API
const DOC: &str = "telegram.org";
