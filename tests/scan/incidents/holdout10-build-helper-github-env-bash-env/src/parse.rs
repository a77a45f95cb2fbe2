//! A small recursive-descent parser for the subset of the FlatBuffers IDL that matters for
//! code generation: `namespace`, `table`, `struct`, `enum` and `root_type`.

use std::fmt;

/// A parsed schema file.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    /// `namespace a.b.c;`
    pub namespace: Vec<String>,
    /// Tables and structs in declaration order.
    pub tables: Vec<Table>,
    /// Enums in declaration order.
    pub enums: Vec<EnumDef>,
    /// `root_type X;`
    pub root: Option<String>,
}

/// A table or struct.
#[derive(Debug, Clone)]
pub struct Table {
    /// Declared name.
    pub name: String,
    /// `struct` (fixed layout) rather than `table`.
    pub is_struct: bool,
    /// Fields in declaration order.
    pub fields: Vec<Field>,
}

/// A field of a table.
#[derive(Debug, Clone)]
pub struct Field {
    /// Field name.
    pub name: String,
    /// Field type.
    pub ty: FieldType,
    /// Default value as written, if any.
    pub default: Option<String>,
}

/// Field types.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    /// A scalar such as `int` or `float64`.
    Scalar(String),
    /// `string`
    String,
    /// `[T]`
    Vector(Box<FieldType>),
    /// A table, struct or enum defined in the schema.
    Named(String),
}

/// An enum definition.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Declared name.
    pub name: String,
    /// Underlying integer type.
    pub repr: String,
    /// Variants with explicit or implied values.
    pub variants: Vec<(String, i64)>,
}

/// Parse error with a line number.
#[derive(Debug)]
pub struct ParseError {
    line: usize,
    msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: usize,
}

impl<'a> Lexer<'a> {
    fn skip_ws(&mut self) {
        loop {
            let rest = &self.src[self.pos..];
            if let Some(c) = rest.chars().next() {
                if c == '\n' {
                    self.line += 1;
                }
                if c.is_whitespace() {
                    self.pos += c.len_utf8();
                    continue;
                }
            }
            if rest.starts_with("//") {
                self.pos += rest.find('\n').unwrap_or(rest.len());
                continue;
            }
            break;
        }
    }

    fn token(&mut self) -> Option<&'a str> {
        self.skip_ws();
        let rest = &self.src[self.pos..];
        let c = rest.chars().next()?;
        let len = if c.is_alphanumeric() || c == '_' || c == '.' || c == '-' {
            rest.find(|ch: char| !(ch.is_alphanumeric() || ch == '_' || ch == '.' || ch == '-'))
                .unwrap_or(rest.len())
        } else if c == '"' {
            rest[1..].find('"').map(|i| i + 2).unwrap_or(rest.len())
        } else {
            c.len_utf8()
        };
        self.pos += len;
        Some(&rest[..len])
    }

    fn expect(&mut self, want: &str) -> Result<(), ParseError> {
        match self.token() {
            Some(t) if t == want => Ok(()),
            other => Err(self.err(format!("expected `{want}`, found {other:?}"))),
        }
    }

    fn err(&self, msg: String) -> ParseError {
        ParseError { line: self.line + 1, msg }
    }
}

const SCALARS: &[&str] = &[
    "bool", "byte", "ubyte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double",
    "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float32", "float64",
];

fn parse_type(lx: &mut Lexer<'_>) -> Result<FieldType, ParseError> {
    match lx.token() {
        Some("[") => {
            let inner = parse_type(lx)?;
            lx.expect("]")?;
            Ok(FieldType::Vector(Box::new(inner)))
        }
        Some("string") => Ok(FieldType::String),
        Some(t) if SCALARS.contains(&t) => Ok(FieldType::Scalar(t.to_owned())),
        Some(t) => Ok(FieldType::Named(t.to_owned())),
        None => Err(lx.err("unexpected end of schema".into())),
    }
}

/// Parses schema text.
pub fn parse(src: &str) -> Result<Schema, ParseError> {
    let mut lx = Lexer { src, pos: 0, line: 0 };
    let mut schema = Schema::default();
    while let Some(tok) = lx.token() {
        match tok {
            "namespace" => {
                let ns = lx.token().ok_or_else(|| lx.err("namespace name".into()))?;
                schema.namespace = ns.split('.').map(str::to_owned).collect();
                lx.expect(";")?;
            }
            "include" | "file_identifier" | "file_extension" | "attribute" => {
                lx.token();
                lx.expect(";")?;
            }
            "root_type" => {
                schema.root = lx.token().map(str::to_owned);
                lx.expect(";")?;
            }
            "table" | "struct" => {
                let name = lx.token().ok_or_else(|| lx.err("table name".into()))?.to_owned();
                lx.expect("{")?;
                let mut fields = Vec::new();
                loop {
                    match lx.token() {
                        Some("}") => break,
                        Some(fname) => {
                            let fname = fname.to_owned();
                            lx.expect(":")?;
                            let ty = parse_type(&mut lx)?;
                            let mut default = None;
                            let mut t = lx.token();
                            if t == Some("=") {
                                default = lx.token().map(str::to_owned);
                                t = lx.token();
                            }
                            if t == Some("(") {
                                while !matches!(lx.token(), Some(")") | None) {}
                                t = lx.token();
                            }
                            if t != Some(";") {
                                return Err(lx.err(format!("expected `;` after field {fname}")));
                            }
                            fields.push(Field { name: fname, ty, default });
                        }
                        None => return Err(lx.err("unterminated table".into())),
                    }
                }
                schema.tables.push(Table { name, is_struct: tok == "struct", fields });
            }
            "enum" => {
                let name = lx.token().ok_or_else(|| lx.err("enum name".into()))?.to_owned();
                lx.expect(":")?;
                let repr = lx.token().unwrap_or("int").to_owned();
                lx.expect("{")?;
                let mut variants = Vec::new();
                let mut next = 0i64;
                loop {
                    match lx.token() {
                        Some("}") => break,
                        Some(",") => continue,
                        Some(v) => {
                            let v = v.to_owned();
                            let save = lx.pos;
                            if lx.token() == Some("=") {
                                next = lx.token().and_then(|n| n.parse().ok()).unwrap_or(next);
                            } else {
                                lx.pos = save;
                            }
                            variants.push((v, next));
                            next += 1;
                        }
                        None => return Err(lx.err("unterminated enum".into())),
                    }
                }
                schema.enums.push(EnumDef { name, repr, variants });
            }
            ";" => {}
            other => return Err(lx.err(format!("unexpected `{other}`"))),
        }
    }
    Ok(schema)
}
