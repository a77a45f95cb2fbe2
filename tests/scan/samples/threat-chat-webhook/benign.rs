// Links to Slack's documentation; posts nowhere.
pub const HELP: &str = "https://api.slack.com/messaging/webhooks";
