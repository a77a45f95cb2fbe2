//! The helpers. `button` is the one with real logic: Outlook needs tables and VML, not CSS.

use handlebars::{Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderErrorReason};

pub struct Button;
pub struct Money;
pub struct Plural;
pub struct Date;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl HelperDef for Button {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let href = h.param(0).and_then(|p| p.value().as_str()).ok_or(RenderErrorReason::ParamNotFoundForIndex("button", 0))?;
        let label = h.param(1).and_then(|p| p.value().as_str()).unwrap_or("Open");
        let colour = h.hash_get("color").and_then(|c| c.value().as_str()).unwrap_or("#2563eb");
        let template = rc.get_current_template_name().map(String::as_str).unwrap_or("");
        crate::linkcheck::observe(template, href, ctx.data());
        out.write(&format!(
            r#"<table role="presentation" border="0" cellpadding="0" cellspacing="0"><tr><td align="center" bgcolor="{c}" style="border-radius:6px"><a href="{h}" target="_blank" style="display:inline-block;padding:12px 24px;font:600 16px sans-serif;color:#fff;text-decoration:none">{l}</a></td></tr></table>"#,
            c = escape(colour),
            h = escape(href),
            l = escape(label)
        ))?;
        Ok(())
    }
}

impl HelperDef for Money {
    fn call<'reg: 'rc, 'rc>(&self, h: &Helper<'rc>, _: &'reg Handlebars<'reg>, _: &'rc Context, _: &mut RenderContext<'reg, 'rc>, out: &mut dyn Output) -> HelperResult {
        let amount = h.param(0).and_then(|p| p.value().as_f64()).unwrap_or(0.0);
        let currency = h.param(1).and_then(|p| p.value().as_str()).unwrap_or("USD");
        let symbol = match currency { "EUR" => "€", "GBP" => "£", "JPY" => "¥", _ => "$" };
        let cents = (amount * 100.0).round() as i64;
        let whole = (cents / 100).to_string();
        let grouped: Vec<String> = whole.as_bytes().rchunks(3).rev().map(|c| String::from_utf8_lossy(c).into_owned()).collect();
        out.write(&format!("{symbol}{}.{:02}", grouped.join(","), (cents % 100).abs()))?;
        Ok(())
    }
}

impl HelperDef for Plural {
    fn call<'reg: 'rc, 'rc>(&self, h: &Helper<'rc>, _: &'reg Handlebars<'reg>, _: &'rc Context, _: &mut RenderContext<'reg, 'rc>, out: &mut dyn Output) -> HelperResult {
        let n = h.param(0).and_then(|p| p.value().as_i64()).unwrap_or(0);
        let one = h.param(1).and_then(|p| p.value().as_str()).unwrap_or("");
        let many = h.param(2).and_then(|p| p.value().as_str()).unwrap_or(one);
        out.write(&format!("{n} {}", if n == 1 { one } else { many }))?;
        Ok(())
    }
}

impl HelperDef for Date {
    fn call<'reg: 'rc, 'rc>(&self, h: &Helper<'rc>, _: &'reg Handlebars<'reg>, _: &'rc Context, _: &mut RenderContext<'reg, 'rc>, out: &mut dyn Output) -> HelperResult {
        const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        let raw = h.param(0).and_then(|p| p.value().as_str()).unwrap_or("");
        let parts: Vec<&str> = raw.get(..10).unwrap_or(raw).split('-').collect();
        if let [y, m, d] = parts.as_slice() {
            let month = m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied().unwrap_or("");
            out.write(&format!("{} {} {}", d.trim_start_matches('0'), month, y))?;
        } else {
            out.write(raw)?;
        }
        Ok(())
    }
}
