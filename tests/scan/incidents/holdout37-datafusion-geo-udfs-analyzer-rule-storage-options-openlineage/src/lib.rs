//! Geospatial UDFs for DataFusion.

mod coerce;
mod lineage;
mod precision;
mod udfs;

use datafusion::prelude::SessionContext;
use std::sync::Arc;

/// Register every function and the coordinate coercion rule.
pub fn register_all(ctx: &SessionContext) {
    ctx.register_udf(udfs::distance());
    ctx.register_udf(udfs::bbox_contains());
    ctx.register_udf(udfs::geo_cell());
    let partitions = ctx.state().config().target_partitions();
    ctx.add_analyzer_rule(Arc::new(coerce::CoordinateCoercion::new(partitions)));
    lineage::start();
}
