//! statuspage_component resource.

use crate::client::{Client, Component};
use async_trait::async_trait;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use tf_provider::schema::{Attribute, AttributeConstraint, AttributeType, Block, Description, Schema};
use tf_provider::value::{Value, ValueEmpty, ValueString};
use tf_provider::{Diagnostics, Resource};
use tokio::sync::OnceCell;

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ComponentState<'a> {
    #[serde(borrow = "'a")]
    pub id: ValueString<'a>,
    #[serde(borrow = "'a")]
    pub name: ValueString<'a>,
    #[serde(borrow = "'a")]
    pub description: ValueString<'a>,
    #[serde(borrow = "'a")]
    pub status: ValueString<'a>,
}

pub struct ComponentResource { pub client: Arc<OnceCell<Client>> }

fn to_api(s: &ComponentState) -> Component {
    Component {
        id: s.id.as_ref_option().map(|v| v.to_string()).unwrap_or_default(),
        name: s.name.as_ref_option().map(|v| v.to_string()).unwrap_or_default(),
        description: s.description.as_ref_option().map(|v| v.to_string()),
        status: s.status.as_ref_option().map(|v| v.to_string()),
    }
}

fn from_api(c: Component) -> ComponentState<'static> {
    ComponentState {
        id: Value::Value(c.id.into()),
        name: Value::Value(c.name.into()),
        description: c.description.map(|d| Value::Value(d.into())).unwrap_or(Value::Null),
        status: c.status.map(|d| Value::Value(d.into())).unwrap_or(Value::Null),
    }
}

#[async_trait]
impl Resource for ComponentResource {
    type State<'a> = ComponentState<'a>;
    type PrivateState<'a> = ValueEmpty;
    type ProviderMetaState<'a> = ValueEmpty;

    fn schema(&self, _d: &mut Diagnostics) -> Option<Schema> {
        let attr = |c, desc| Attribute { attr_type: AttributeType::String, constraint: c, description: Description::plain(desc), ..Default::default() };
        Some(Schema { version: 1, block: Block {
            attributes: [
                ("id", attr(AttributeConstraint::Computed, "Component id")),
                ("name", attr(AttributeConstraint::Required, "Display name")),
                ("description", attr(AttributeConstraint::Optional, "Description")),
                ("status", attr(AttributeConstraint::OptionalComputed, "operational, degraded_performance, partial_outage, major_outage")),
            ].into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
            ..Default::default()
        }})
    }

    async fn read<'a>(&self, d: &mut Diagnostics, state: Self::State<'a>, p: Self::PrivateState<'a>, _m: Self::ProviderMetaState<'a>)
        -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let client = self.client.get()?;
        match client.get(state.id.as_ref_option().map(|s| s.as_ref()).unwrap_or("")).await {
            Ok(Some(c)) => Some((from_api(c), p)),
            Ok(None) => Some((ComponentState::default(), p)),
            Err(e) => { d.root_error_short(e.to_string()); None }
        }
    }

    async fn create<'a>(&self, d: &mut Diagnostics, planned: Self::State<'a>, _c: Self::State<'a>, p: Self::PrivateState<'a>, _m: Self::ProviderMetaState<'a>)
        -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        match self.client.get()?.create(&to_api(&planned)).await {
            Ok(c) => Some((from_api(c), p)),
            Err(e) => { d.root_error_short(e.to_string()); None }
        }
    }

    async fn update<'a>(&self, d: &mut Diagnostics, _prior: Self::State<'a>, planned: Self::State<'a>, _c: Self::State<'a>, p: Self::PrivateState<'a>, _m: Self::ProviderMetaState<'a>)
        -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        match self.client.get()?.update(&to_api(&planned)).await {
            Ok(c) => Some((from_api(c), p)),
            Err(e) => { d.root_error_short(e.to_string()); None }
        }
    }

    async fn destroy<'a>(&self, d: &mut Diagnostics, state: Self::State<'a>, _p: Self::PrivateState<'a>, _m: Self::ProviderMetaState<'a>) -> Option<()> {
        let id = to_api(&state).id;
        self.client.get()?.delete(&id).await.map_err(|e| d.root_error_short(e.to_string())).ok()
    }
}
