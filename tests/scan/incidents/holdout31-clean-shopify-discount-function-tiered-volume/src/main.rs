use shopify_function::prelude::*;
use shopify_function::Result;

mod config;

#[shopify_function_target(query_path = "src/run.graphql", schema_path = "schema.graphql")]
fn run(input: input::ResponseData) -> Result<output::FunctionRunResult> {
    let empty = output::FunctionRunResult { discounts: vec![], discount_application_strategy: output::DiscountApplicationStrategy::FIRST };
    let Some(cfg) = input.discount_node.metafield.as_ref().and_then(|m| config::Config::parse(&m.value)) else {
        return Ok(empty);
    };

    let mut qty = 0i64;
    let mut targets = Vec::new();
    for line in &input.cart.lines {
        if let input::InputCartLinesMerchandise::ProductVariant(v) = &line.merchandise {
            if v.product.in_any_collection {
                qty += line.quantity;
                targets.push(output::Target::CartLine(output::CartLineTarget { id: line.id.clone(), quantity: None }));
            }
        }
    }
    let Some(tier) = cfg.tier_for(qty) else { return Ok(empty) };

    Ok(output::FunctionRunResult {
        discounts: vec![output::Discount {
            message: Some(format!("{}% off {}+ items", tier.percent, tier.min)),
            targets,
            value: output::Value::Percentage(output::Percentage { value: Decimal(tier.percent) }),
        }],
        discount_application_strategy: output::DiscountApplicationStrategy::FIRST,
    })
}
