//! PHP extension entry point.

use ext_php_rs::prelude::*;
use ext_php_rs::types::Zval;

mod codec;
mod headers;
mod request;

/// fastjson_encode(mixed $value, int $flags = 0): string
#[php_function]
pub fn fastjson_encode(value: &Zval, flags: Option<i64>) -> PhpResult<String> {
    let v = codec::zval_to_json(value, 0)?;
    let pretty = flags.unwrap_or(0) & 128 != 0;
    request::note_encode();
    Ok(if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }
        .map_err(|e| PhpException::default(e.to_string()))?)
}

/// fastjson_decode(string $json, bool $assoc = false): mixed
#[php_function]
pub fn fastjson_decode(json: &str, assoc: Option<bool>) -> PhpResult<Zval> {
    request::note_decode();
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| PhpException::default(e.to_string()))?;
    codec::json_to_zval(&v, assoc.unwrap_or(false))
}

#[php_module]
pub fn get_module(module: ModuleBuilder) -> ModuleBuilder {
    module
        .request_startup_function(request::rinit)
        .request_shutdown_function(request::rshutdown)
}
