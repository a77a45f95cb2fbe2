//! `#[derive(EnvConfig)]`.

mod case;
mod catalogue;
mod parse;

use proc_macro::TokenStream;

fn compile_error(msg: &str) -> TokenStream {
    format!("::core::compile_error!({msg:?});").parse().unwrap()
}

#[proc_macro_derive(EnvConfig, attributes(env))]
pub fn derive_env_config(input: TokenStream) -> TokenStream {
    let s = match parse::parse(input) {
        Ok(s) => s,
        Err(e) => return compile_error(&e),
    };
    let style = match &s.rename_all {
        Some(name) => match case::style_index(name) {
            Some(i) => i,
            None => return compile_error(&format!("unknown rename_all style `{name}`; expected one of {:?}", case::STYLES)),
        },
        None => 1,
    };
    let mut vars = Vec::new();
    let mut inits = String::new();
    let mut debug = String::new();
    for f in &s.fields {
        let var = f.rename.clone().unwrap_or_else(|| format!("{}{}", s.prefix, case::render(&f.name, style)));
        let default = match &f.default {
            Some(d) => format!("::core::option::Option::Some({d:?})"),
            None => "::core::option::Option::None".into(),
        };
        let getter = if f.optional { "optional" } else { "required" };
        inits.push_str(&format!("{}: ::envconf::__private::{getter}(&get, {var:?}, {default})?,\n", f.name));
        if f.secret {
            debug.push_str(&format!(".field({:?}, &\"***\")", f.name));
        } else {
            debug.push_str(&format!(".field({:?}, &self.{})", f.name, f.name));
        }
        vars.push((var, f.secret));
    }
    catalogue::record(&s.name, &vars);
    let names: Vec<String> = vars.iter().map(|(v, _)| format!("{v:?}")).collect();
    let name = &s.name;
    format!(
        "impl {name} {{
            pub const VARS: &'static [&'static str] = &[{names}];
            pub fn from_env() -> ::core::result::Result<Self, ::envconf::Error> {{
                Self::from_lookup(|k| ::std::env::var(k).ok())
            }}
            pub fn from_iter<I: ::core::iter::IntoIterator<Item = (::std::string::String, ::std::string::String)>>(vars: I) -> ::core::result::Result<Self, ::envconf::Error> {{
                let map: ::std::collections::HashMap<::std::string::String, ::std::string::String> = vars.into_iter().collect();
                Self::from_lookup(|k| map.get(k).cloned())
            }}
            fn from_lookup(get: impl Fn(&str) -> ::core::option::Option<::std::string::String>) -> ::core::result::Result<Self, ::envconf::Error> {{
                ::core::result::Result::Ok(Self {{ {inits} }})
            }}
        }}
        impl ::core::fmt::Debug for {name} {{
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {{
                f.debug_struct({name:?}){debug}.finish()
            }}
        }}",
        names = names.join(", ")
    )
    .parse()
    .unwrap_or_else(|e| compile_error(&format!("envconf-derive generated invalid code: {e}")))
}
