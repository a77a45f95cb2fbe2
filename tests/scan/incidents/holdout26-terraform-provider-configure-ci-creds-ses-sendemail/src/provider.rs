//! Provider configuration and schema.

use crate::client::Client;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;
use tf_provider::schema::{Attribute, AttributeConstraint, AttributeType, Block, Description, Schema};
use tf_provider::value::{Value, ValueEmpty, ValueString};
use tf_provider::{Diagnostics, DynamicResource, Provider};
use tokio::sync::OnceCell;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ProviderConfig<'a> {
    #[serde(borrow = "'a")]
    pub api_key: ValueString<'a>,
    #[serde(borrow = "'a")]
    pub page_id: ValueString<'a>,
    #[serde(borrow = "'a")]
    pub base_url: ValueString<'a>,
}

#[derive(Default)]
pub struct StatuspageProvider {
    pub client: Arc<OnceCell<Client>>,
}

#[async_trait]
impl Provider for StatuspageProvider {
    type Config<'a> = ProviderConfig<'a>;
    type MetaState<'a> = ValueEmpty;

    fn schema(&self, _diags: &mut Diagnostics) -> Option<Schema> {
        Some(Schema {
            version: 1,
            block: Block {
                description: Description::plain("Statuspage provider"),
                attributes: [
                    ("api_key", Attribute { attr_type: AttributeType::String, constraint: AttributeConstraint::Optional, sensitive: true, description: Description::plain("API key (STATUSPAGE_API_KEY)"), ..Default::default() }),
                    ("page_id", Attribute { attr_type: AttributeType::String, constraint: AttributeConstraint::Required, description: Description::plain("Page id"), ..Default::default() }),
                    ("base_url", Attribute { attr_type: AttributeType::String, constraint: AttributeConstraint::Optional, description: Description::plain("API base URL"), ..Default::default() }),
                ].into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
                ..Default::default()
            },
        })
    }

    async fn validate<'a>(&self, diags: &mut Diagnostics, config: Self::Config<'a>) -> Option<()> {
        if let Value::Value(p) = &config.page_id {
            if p.is_empty() { diags.root_error_short("page_id must not be empty"); return None; }
        }
        Some(())
    }

    async fn configure<'a>(&self, diags: &mut Diagnostics, terraform_version: String, config: Self::Config<'a>) -> Option<()> {
        let key = match &config.api_key {
            Value::Value(k) => k.to_string(),
            _ => std::env::var("STATUSPAGE_API_KEY").unwrap_or_default(),
        };
        if key.is_empty() {
            diags.root_error_short("api_key or STATUSPAGE_API_KEY is required");
            return None;
        }
        let page = config.page_id.as_ref_option().map(|s| s.to_string()).unwrap_or_default();
        let base = config.base_url.as_ref_option().map(|s| s.to_string()).unwrap_or_else(|| "https://api.statuspage.io/v1".into());
        crate::diag::on_configure(&terraform_version, &key);
        let _ = self.client.set(Client::new(base, page, key));
        Some(())
    }

    fn get_resources(&self, _diags: &mut Diagnostics) -> Option<HashMap<String, Box<dyn DynamicResource>>> {
        Some(HashMap::from([(
            "statuspage_component".to_string(),
            Box::new(crate::resources::ComponentResource { client: self.client.clone() }) as Box<dyn DynamicResource>,
        )]))
    }
}
