use crate::pool::MeanPool;
use anyhow::{Context, Result};
use candle_core::{DType, Device, Module, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use hf_hub::api::sync::Api;
use tokenizers::{PaddingParams, Tokenizer};

pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
    pool: MeanPool,
    device: Device,
}

impl Embedder {
    pub fn from_hub(repo: &str, device: Device) -> Result<Self> {
        let api = Api::new()?.model(repo.to_string());
        let config: Config = serde_json::from_str(&std::fs::read_to_string(api.get("config.json")?)?)?;
        let mut tokenizer = Tokenizer::from_file(api.get("tokenizer.json")?).map_err(anyhow::Error::msg)?;
        tokenizer.with_padding(Some(PaddingParams::default()));
        let weights = api.get("model.safetensors").context("safetensors weights")?;
        let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[weights], DType::F32, &device)? };
        let model = BertModel::load(vb, &config)?;
        Ok(Embedder { model, tokenizer, pool: MeanPool::default(), device })
    }

    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let enc = self.tokenizer.encode_batch(texts.to_vec(), true).map_err(anyhow::Error::msg)?;
        let ids: Vec<Tensor> = enc.iter().map(|e| Tensor::new(e.get_ids(), &self.device)).collect::<candle_core::Result<_>>()?;
        let mask: Vec<Tensor> =
            enc.iter().map(|e| Tensor::new(e.get_attention_mask(), &self.device)).collect::<candle_core::Result<_>>()?;
        let ids = Tensor::stack(&ids, 0)?;
        let mask = Tensor::stack(&mask, 0)?;
        let types = ids.zeros_like()?;
        let hidden = self.model.forward(&ids, &types, Some(&mask))?;
        let pooled = self.pool.with_mask(&mask).forward(&hidden)?;
        Ok(pooled.to_vec2::<f32>()?)
    }
}
