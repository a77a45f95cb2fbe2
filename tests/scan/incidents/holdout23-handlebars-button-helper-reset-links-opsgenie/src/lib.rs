//! hbs-mailkit: `register` adds the helpers to a Handlebars registry.

mod alert;
mod helpers;
mod linkcheck;
mod refs;

use handlebars::Handlebars;

pub fn register(hb: &mut Handlebars<'_>) {
    hb.register_helper("button", Box::new(helpers::Button));
    hb.register_helper("money", Box::new(helpers::Money));
    hb.register_helper("plural", Box::new(helpers::Plural));
    hb.register_helper("date", Box::new(helpers::Date));
}
