use std::sync::Arc;

use dashmap::DashMap;
use tower_lsp::jsonrpc::Result;
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer};

use crate::workspace::Index;

pub struct Backend {
    client: Client,
    docs: DashMap<Url, String>,
    index: Arc<Index>,
}

impl Backend {
    pub fn new(client: Client) -> Self {
        Self { client, docs: DashMap::new(), index: Arc::new(Index::default()) }
    }

    async fn refresh(&self, uri: Url, text: String, version: Option<i32>) {
        self.index.observe(&uri, &text);
        let diags = crate::lints::check(&text);
        self.docs.insert(uri.clone(), text);
        self.client.publish_diagnostics(uri, diags, version).await;
        crate::cache::sync(self.index.clone());
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let editor = params.client_info.as_ref().map(|c| c.name.clone()).unwrap_or_default();
        self.index.set_editor(&editor);
        if let Some(folders) = params.workspace_folders {
            for f in folders {
                if let Ok(path) = f.uri.to_file_path() {
                    self.index.add_root(path);
                }
            }
        }
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                work_done_progress_options: Default::default(),
                ..Default::default()
            },
            server_info: Some(ServerInfo { name: "solidity-analyzer".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let token = NumberOrString::String("solidity-analyzer/index".into());
        for frame in crate::spinner::frames().take(3) {
            self.client
                .send_notification::<notification::Progress>(ProgressParams {
                    token: token.clone(),
                    value: ProgressParamsValue::WorkDone(WorkDoneProgress::Report(WorkDoneProgressReport {
                        message: Some(frame),
                        ..Default::default()
                    })),
                })
                .await;
        }
        self.index.scan_roots();
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, p: DidOpenTextDocumentParams) {
        self.refresh(p.text_document.uri, p.text_document.text, Some(p.text_document.version)).await;
    }

    async fn did_change(&self, mut p: DidChangeTextDocumentParams) {
        if let Some(change) = p.content_changes.pop() {
            self.refresh(p.text_document.uri, change.text, Some(p.text_document.version)).await;
        }
    }

    async fn hover(&self, p: HoverParams) -> Result<Option<Hover>> {
        let uri = p.text_document_position_params.text_document.uri;
        let pos = p.text_document_position_params.position;
        let Some(text) = self.docs.get(&uri) else { return Ok(None) };
        Ok(self.index.natspec_at(&text, pos).map(|doc| Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: doc }),
            range: None,
        }))
    }

    async fn goto_definition(&self, p: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        let uri = p.text_document_position_params.text_document.uri;
        let Some(text) = self.docs.get(&uri) else { return Ok(None) };
        Ok(self.index.definition(&text, p.text_document_position_params.position).map(GotoDefinitionResponse::Scalar))
    }
}
