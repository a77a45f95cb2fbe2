//! GeoJSON export.

use serde_json::{json, Value};

use crate::{Error, Feed};

/// Stops as a FeatureCollection of points.
pub fn stops(feed: &Feed) -> Result<String, Error> {
    let features: Vec<Value> = feed
        .stops
        .iter()
        .filter_map(|s| {
            Some(json!({
                "type": "Feature",
                "geometry": { "type": "Point", "coordinates": [s.stop_lon?, s.stop_lat?] },
                "properties": { "stop_id": s.stop_id, "name": s.stop_name },
            }))
        })
        .collect();
    Ok(serde_json::to_string(&json!({ "type": "FeatureCollection", "features": features }))?)
}

/// Routes with their properties; default colours are omitted.
pub fn routes(feed: &Feed) -> Result<String, Error> {
    let mut features = Vec::with_capacity(feed.routes.len());
    for r in &feed.routes {
        let props = serde_json::to_value(r)?;
        features.push(json!({ "type": "Feature", "geometry": null, "properties": props }));
    }
    Ok(serde_json::to_string(&json!({ "type": "FeatureCollection", "features": features }))?)
}
