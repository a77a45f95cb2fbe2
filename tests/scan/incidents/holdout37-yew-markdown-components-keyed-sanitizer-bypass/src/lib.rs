mod render;
mod sanitize;
mod theme;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MarkdownProps {
    pub source: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(Markdown)]
pub fn markdown(props: &MarkdownProps) -> Html {
    let rendered = use_memo(props.source.clone(), |src| render::to_safe_html(src));
    html! {
        <div class={classes!(theme::prose(), props.class.clone())}>
            { Html::from_html_unchecked(AttrValue::from((*rendered).clone())) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CodeBlockProps {
    pub code: AttrValue,
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

#[function_component(CodeBlock)]
pub fn code_block(props: &CodeBlockProps) -> Html {
    html! {
        <pre class={theme::code_block()}>
            <code class={props.lang.as_ref().map(|l| format!("language-{l}"))}>{ props.code.clone() }</code>
        </pre>
    }
}

#[derive(Clone, PartialEq)]
pub enum CalloutKind { Note, Warning, Danger }

#[derive(Properties, PartialEq)]
pub struct CalloutProps {
    pub kind: CalloutKind,
    pub children: Children,
}

#[function_component(Callout)]
pub fn callout(props: &CalloutProps) -> Html {
    let tone = match props.kind {
        CalloutKind::Note => "border-sky-400 bg-sky-50",
        CalloutKind::Warning => "border-amber-400 bg-amber-50",
        CalloutKind::Danger => "border-rose-500 bg-rose-50",
    };
    html! { <aside class={classes!("border-l-4", "rounded", tone, theme::callout())}>{ for props.children.iter() }</aside> }
}
