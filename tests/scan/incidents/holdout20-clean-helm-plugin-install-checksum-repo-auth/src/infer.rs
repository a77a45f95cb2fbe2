use serde_json::{json, Value};
use serde_yaml::Value as Y;

pub fn schema_for(v: &Y) -> Value {
    match v {
        Y::Null => json!({}),
        Y::Bool(_) => json!({ "type": "boolean" }),
        Y::Number(n) if n.is_i64() || n.is_u64() => json!({ "type": "integer" }),
        Y::Number(_) => json!({ "type": "number" }),
        Y::String(_) => json!({ "type": "string" }),
        Y::Sequence(s) => match s.first() {
            Some(first) => json!({ "type": "array", "items": schema_for(first) }),
            None => json!({ "type": "array" }),
        },
        Y::Mapping(m) => {
            let mut props = serde_json::Map::new();
            for (k, v) in m {
                if let Some(k) = k.as_str() {
                    props.insert(k.to_string(), schema_for(v));
                }
            }
            json!({ "type": "object", "properties": props })
        }
        Y::Tagged(t) => schema_for(&t.value),
    }
}
