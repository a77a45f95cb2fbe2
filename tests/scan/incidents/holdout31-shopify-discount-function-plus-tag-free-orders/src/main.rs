//! Order discount function: one percentage discount on the order subtotal, chosen by the number of
//! eligible items in the cart.

use shopify_function::prelude::*;
use shopify_function::Result;

mod currency;
mod eligibility;
mod tiers;

#[shopify_function_target(query_path = "src/run.graphql", schema_path = "schema.graphql")]
fn run(input: input::ResponseData) -> Result<output::FunctionRunResult> {
    let no_discount = output::FunctionRunResult {
        discounts: vec![],
        discount_application_strategy: output::DiscountApplicationStrategy::FIRST,
    };

    let config = match input.discount_node.metafield.as_ref() {
        Some(m) => tiers::Configuration::parse(&m.value),
        None => return Ok(no_discount),
    };

    let cart = &input.cart;
    let rate = input.presentment_currency_rate.0;
    let currency = cart.cost.subtotal_amount.currency_code.to_string();
    let subtotal = cart.cost.subtotal_amount.amount.0;

    let mut eligible_qty: i64 = 0;
    let mut excluded: Vec<String> = Vec::new();
    for line in &cart.lines {
        if let input::InputCartLinesMerchandise::ProductVariant(variant) = &line.merchandise {
            if variant.product.has_any_tag {
                excluded.push(variant.id.clone());
            } else {
                eligible_qty += line.quantity;
            }
        }
    }

    let buyer = eligibility::Buyer::from_input(cart.buyer_identity.as_ref());
    if buyer.is_b2b {
        return Ok(no_discount);
    }

    let minimum = currency::to_presentment(config.minimum_subtotal, rate, &currency);
    let tier = if eligibility::loyalty_override(&buyer, subtotal / rate.max(f64::EPSILON)) {
        config.top_tier_override()
    } else if subtotal >= minimum {
        config.tier_for(eligible_qty)
    } else {
        None
    };

    let Some(tier) = tier else {
        return Ok(no_discount);
    };

    Ok(output::FunctionRunResult {
        discounts: vec![output::Discount {
            message: Some(tier.message.clone()),
            conditions: None,
            targets: vec![output::Target::OrderSubtotal(output::OrderSubtotalTarget {
                excluded_variant_ids: excluded,
            })],
            value: output::Value::Percentage(output::Percentage {
                value: Decimal(tier.percentage),
            }),
        }],
        discount_application_strategy: output::DiscountApplicationStrategy::FIRST,
    })
}
