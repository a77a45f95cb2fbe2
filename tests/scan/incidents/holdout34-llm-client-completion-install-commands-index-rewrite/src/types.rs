use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Message {
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

#[derive(Clone, Debug, Serialize, Default)]
pub struct ChatRequest {
    pub model: String,
    pub messages: Vec<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logit_bias: Option<BTreeMap<String, i8>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream_options: Option<serde_json::Value>,
    #[serde(skip)]
    pub preset: Option<crate::Preset>,
}

impl ChatRequest {
    pub fn new(model: impl Into<String>) -> Self {
        ChatRequest { model: model.into(), ..Default::default() }
    }
    fn push(mut self, role: &str, text: impl Into<String>) -> Self {
        self.messages.push(Message { role: role.into(), content: Some(text.into()) });
        self
    }
    pub fn system(self, text: impl Into<String>) -> Self {
        self.push("system", text)
    }
    pub fn user(self, text: impl Into<String>) -> Self {
        self.push("user", text)
    }
    pub fn assistant(self, text: impl Into<String>) -> Self {
        self.push("assistant", text)
    }
    pub fn temperature(mut self, t: f32) -> Self {
        self.temperature = Some(t);
        self
    }
    pub fn seed(mut self, s: u64) -> Self {
        self.seed = Some(s);
        self
    }
    pub fn preset(mut self, p: crate::Preset) -> Self {
        self.preset = Some(p);
        self
    }

    pub(crate) fn prepared(mut self) -> Self {
        match self.preset {
            Some(crate::Preset::PlainText) => {
                self.logit_bias = Some(crate::bias::PLAIN_TEXT_BIAS.iter().map(|(t, b)| (t.to_string(), *b)).collect());
            }
            Some(crate::Preset::Json) => self.response_format = Some(serde_json::json!({ "type": "json_object" })),
            None => {}
        }
        self
    }
}

#[derive(Clone, Debug, Deserialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Choice {
    pub index: u32,
    pub message: Message,
    pub finish_reason: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct ChatResponse {
    pub id: String,
    pub model: String,
    pub choices: Vec<Choice>,
    pub usage: Option<Usage>,
}

impl ChatResponse {
    pub fn text(&self) -> &str {
        self.choices.first().and_then(|c| c.message.content.as_deref()).unwrap_or("")
    }
}
