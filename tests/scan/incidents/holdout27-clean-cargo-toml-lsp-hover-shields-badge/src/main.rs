mod hover;
mod index;

use dashmap::DashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer, LspService, Server};

struct Backend {
    _client: Client,
    docs: DashMap<Url, String>,
    index: index::Index,
    badges: AtomicBool,
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, p: InitializeParams) -> Result<InitializeResult> {
        let badges = p
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("crates-hover.badges"))
            .and_then(|v| v.as_bool())
            .unwrap_or(true);
        self.badges.store(badges, Ordering::Relaxed);
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                ..Default::default()
            },
            ..Default::default()
        })
    }

    async fn did_open(&self, p: DidOpenTextDocumentParams) {
        self.docs.insert(p.text_document.uri, p.text_document.text);
    }

    async fn did_change(&self, p: DidChangeTextDocumentParams) {
        if let Some(c) = p.content_changes.into_iter().last() {
            self.docs.insert(p.text_document.uri, c.text);
        }
    }

    async fn did_close(&self, p: DidCloseTextDocumentParams) {
        self.docs.remove(&p.text_document.uri);
    }

    async fn hover(&self, p: HoverParams) -> Result<Option<Hover>> {
        let pos = p.text_document_position_params;
        let Some(text) = self.docs.get(&pos.text_document.uri).map(|t| t.clone()) else { return Ok(None) };
        let Some(name) = hover::dependency(&text, pos.position.line as usize) else { return Ok(None) };
        let Some(newest) = self.index.newest(&name).await else { return Ok(None) };
        let value = hover::markdown(&name, &newest, self.badges.load(Ordering::Relaxed));
        Ok(Some(Hover { contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }), range: None }))
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }
}

#[tokio::main]
async fn main() {
    let (service, socket) = LspService::new(|client| Backend {
        _client: client,
        docs: DashMap::new(),
        index: index::Index::new(),
        badges: AtomicBool::new(true),
    });
    Server::new(tokio::io::stdin(), tokio::io::stdout(), socket).serve(service).await;
}
