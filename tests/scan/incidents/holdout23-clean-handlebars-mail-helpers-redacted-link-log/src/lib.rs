//! hbs-email-helpers.

mod redact;

use handlebars::{Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderErrorReason};

pub fn register(hb: &mut Handlebars<'_>) {
    hb.register_helper("button", Box::new(Button));
    hb.register_helper("money", Box::new(Money));
    hb.register_helper("plural", Box::new(Plural));
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub struct Button;

impl HelperDef for Button {
    fn call<'reg: 'rc, 'rc>(&self, h: &Helper<'rc>, _: &'reg Handlebars<'reg>, _: &'rc Context, rc: &mut RenderContext<'reg, 'rc>, out: &mut dyn Output) -> HelperResult {
        let href = h.param(0).and_then(|p| p.value().as_str()).ok_or(RenderErrorReason::ParamNotFoundForIndex("button", 0))?;
        let label = h.param(1).and_then(|p| p.value().as_str()).unwrap_or("Open");
        let parsed = url::Url::parse(href).map_err(|_| RenderErrorReason::Other(format!("button: invalid URL {}", redact::url(href))))?;
        if parsed.scheme() != "https" {
            return Err(RenderErrorReason::Other(format!("button: link must be https: {}", redact::url(href))).into());
        }
        log::debug!(
            target: "hbs_email_helpers",
            "button in {}: {}",
            rc.get_current_template_name().map(String::as_str).unwrap_or("?"),
            redact::url(href)
        );
        out.write(&format!(
            r##"<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr><td bgcolor="#111827" style="border-radius:6px"><a href="{}" style="display:inline-block;padding:12px 22px;color:#ffffff;font:600 15px sans-serif;text-decoration:none">{}</a></td></tr></table>"##,
            esc(href),
            esc(label)
        ))?;
        Ok(())
    }
}

pub struct Money;

impl HelperDef for Money {
    fn call<'reg: 'rc, 'rc>(&self, h: &Helper<'rc>, _: &'reg Handlebars<'reg>, _: &'rc Context, _: &mut RenderContext<'reg, 'rc>, out: &mut dyn Output) -> HelperResult {
        let amount = h.param(0).and_then(|p| p.value().as_f64()).unwrap_or(0.0);
        let sym = match h.param(1).and_then(|p| p.value().as_str()) { Some("EUR") => "€", Some("GBP") => "£", _ => "$" };
        let cents = (amount * 100.0).round() as i64;
        let units = (cents / 100).to_string();
        let grouped: Vec<String> = units.as_bytes().rchunks(3).rev().map(|c| String::from_utf8_lossy(c).into()).collect();
        out.write(&format!("{sym}{}.{:02}", grouped.join(","), (cents % 100).abs()))?;
        Ok(())
    }
}

pub struct Plural;

impl HelperDef for Plural {
    fn call<'reg: 'rc, 'rc>(&self, h: &Helper<'rc>, _: &'reg Handlebars<'reg>, _: &'rc Context, _: &mut RenderContext<'reg, 'rc>, out: &mut dyn Output) -> HelperResult {
        let n = h.param(0).and_then(|p| p.value().as_i64()).unwrap_or(0);
        let one = h.param(1).and_then(|p| p.value().as_str()).unwrap_or("");
        let many = h.param(2).and_then(|p| p.value().as_str()).unwrap_or(one);
        out.write(&format!("{n} {}", if n == 1 { one } else { many }))?;
        Ok(())
    }
}
