"""A function's facts, summarised once from its tree-sitter syntax tree: what each
binding, field, static, return value and call holds, and the sinks it reaches."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from operator import attrgetter
from typing import Any, Final

from cratewatch.scan.dataflow.facts import (
    CONSTANT_NAME,
    Call,
    Expr,
    Function,
    Sink,
    fixed_address,
    labelled,
    loopback_address,
    merged,
    only_string,
    opaque,
)
from cratewatch.scan.dataflow.labels import (
    BROWSER_STORAGE,
    CLIPBOARD,
    CONTACT,
    CRATE_PATH,
    DEVICE_STORE,
    DOMAIN_TEMPLATE,
    DOWNLOADED,
    EMIT,
    ENV_FILE,
    ENVIRONMENT,
    FIXED,
    HOME_PATH,
    HOME_VARIABLE,
    HOST_FACTS,
    KEY_FILE,
    LOOPBACK,
    OWN_PATH,
    PROCESS_ENVIRONMENT,
    QUERY,
    RADIO,
    REQUEST,
    RUN,
    SECRET_NAME,
    SOCKET,
    SYSTEM_STORE,
    TRUST,
    WRITE,
)
from cratewatch.scan.interpret import ADDRESS_TYPES, Definitions, unit_variants
from cratewatch.scan.syntax import impl_names, impl_type, node_text, parser, syntax_tree

MAX_NODES: Final = 150_000  # syntax nodes summarised per unit; the rest is not followed
MAX_NESTING: Final = 120  # expressions nested deeper are not followed (Python's stack)
_ATTRIBUTE_OR_COMMENT: Final = ("attribute_item", "line_comment", "block_comment")
_TEST_ATTRIBUTE: Final = re.compile(r"#\[\s*(test|cfg\s*\(\s*test\s*\))\s*\]")
_ITEMS: Final = frozenset({"function_item", "impl_item", "mod_item", "trait_item"})
# a tuple variant's or tuple struct's name (`Key::Hs256`, `Secret`): its constructor and
# patterns carry a payload as a field of that name, so that what `Key::Hs256(bytes)` holds
# reaches the `k` of a `match self { Key::Hs256(k) => .. }` elsewhere; the standard
# library's wrappers, used everywhere, are left to local flow
_PATHS: Final = ("identifier", "scoped_identifier")
_VARIANT: Final = re.compile(r"[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*\Z")
_STANDARD_VARIANTS: Final = frozenset({"Some", "Ok", "Err", "Ready", "Owned", "Borrowed"})
_WRAPPERS: Final = frozenset(
    {"index_expression", "reference_expression", "unary_expression", "try_expression"}
    | {"parenthesized_expression", "await_expression", "type_cast_expression"}
)

_HOME_VARIABLES: Final = frozenset(
    {"HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "HOMEPATH"}
    | {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}
)
_HOME_LITERAL: Final = re.compile(r"^(~[/\\]|/home/|/Users/|/root/|%(APPDATA|USERPROFILE)%)")
SECRET_LITERAL: Final = re.compile(
    r"^[A-Z0-9_]*(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?|"
    r"MNEMONIC|SEED_PHRASE|SESSION)[A-Z0-9_]*$"
)
_ENVIRON_LITERAL: Final = re.compile(r"^/proc/[\w*]+/environ$")
# the system's stores of secrets, readable by root (the credential-store rule names them too)
# an SSH private key's file name (its public key ends in `.pub`), alone or ending a path
KEY_FILE_NAME: Final = r"id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?"
_KEY_FILE_LITERAL: Final = re.compile(rf"^(.*[/\\])?{KEY_FILE_NAME}$")
# a host name made under a domain (`"{hex}.probe.example:443"`)
_DOMAIN_TEMPLATE: Final = re.compile(
    r"^\{[^{}]*\}\.(?P<domain>[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d{1,5})?$", re.IGNORECASE
)
#: what looks a host name up: its domain's name server sees the name (`lookup_host(name)`,
#: `name.to_socket_addrs()`, a resolver's `lookup_ip(name)`)
DNS_LOOKUP: Final = "DNS lookup"
_LOOKUP_FUNCTIONS: Final = frozenset({"lookup_host", "getaddrinfo"})
_LOOKUP_METHODS: Final = frozenset({"lookup_ip", "ipv4_lookup", "ipv6_lookup", "txt_lookup"})
# a project's secrets file (`.env`, `.env.production`), alone or ending a path
ENV_FILE_NAME: Final = r"\.env(?:\.(?:local|dev|development|prod|production|staging|test))?"
_ENV_FILE_LITERAL: Final = re.compile(rf"^(.*[/\\])?{ENV_FILE_NAME}$")
_SYSTEM_STORE_LITERAL: Final = re.compile(
    r"^(/etc/(g?shadow|NetworkManager/system-connections|wireguard|wpa_supplicant)([/.]|$)"
    r"|/var/lib/iwd(/|$)|/etc/ssh/ssh_host_\w*key$|/var/(jenkins_home|lib/jenkins)(/|$))"
)
# functions of the `dirs`, `dirs-next`, `home` and `directories` crates and std's own
_HOME_FUNCTION: Final = re.compile(
    r"(^|::)(home_dir|(config|data|cache|data_local|config_local|document|download|desktop|"
    r"preference|runtime|state|executable|audio|picture|video|public|template|font)_dir)$"
)
_HOME_CONSTRUCTOR: Final = re.compile(r"(^|::)(BaseDirs|UserDirs)::new$")
_RADIO_LINK: Final = r"(^|::)EspNow::(take|new)$"
_SOCKET_CONSTRUCTOR: Final = re.compile(
    r"(TcpStream|UdpSocket|TlsStream|TlsConnector|UnixStream)::\w+$|^libc::socket$|"
    r"(^|::)(connect_async|connect_async_tls\w*|client_async\w*)$|tungstenite::connect$|"
    # a client of a network service: every argument of its methods leaves (`con.set(k, v)`,
    # `sqs.send_message().message_body(v)`, `producer.send(record)`)
    r"(^|::)(\w*Client|\w*Connection|Conn|Pool|Producer|Publisher|SmtpTransport|AsyncSmtpTransport)"
    r"::(new\w*|\w*open\w*|\w*connect\w*|builder|from_env|from_url|relay|starttls_relay|create)$|"
    r"(^|::)(quinn|s2n_quic|quiche)::(\w+::)*(Endpoint::client|Client::builder|connect)$|"
    # a device's radio link to its peers (below)
    rf"{_RADIO_LINK}|"
    r"(^|::)(memcache|redis|nats|async_nats|rumqttc|paho_mqtt|lapin|mongodb|postgres"
    r"|tokio_postgres|mysql|ldap3|suppaftp|ftp|ssh2|imap|telnet|rdkafka|kafka)::(\w+::)*connect\w*$"
)
# ... of them, a device's radio link to its peers (ESP-NOW)
_RADIO_CONSTRUCTOR: Final = re.compile(_RADIO_LINK)
# what reads a device's persistent key store by key: ESP-IDF's NVS (`nvs.get_blob(key,
# &mut buf)`) and sequential-storage's flash map (`fetch_item(.., &key)`, the key last)
_DEVICE_STORE_READS: Final = frozenset({"get_str", "get_blob", "get_raw"})
_DEVICE_STORE: Final = re.compile(r"(?i)nvs")
_DEVICE_STORE_FUNCTION: Final = re.compile(r"(^|::)fetch_item$")
BROADCAST: Final = "radio advertisement"  # the sink of what ``ADVERTISING`` puts out
#: what puts data into a radio broadcast anyone near the device receives: Bluetooth LE
#: advertising and scan-response data (nrf-softdevice, trouble, esp32-nimble, ESP-IDF's
#: Bluedroid, BlueZ through bluer)
ADVERTISING: Final = re.compile(
    r"^(advertise\w*|start_advertising\w*|set_(adv|advertising|advertisement)_data\w*"
    r"|set_scan_(rsp|response)_data\w*|\w*config_(adv|scan_rsp)_data\w*"
    r"|(set_)?manufacturer_data|(set_)?service_data)$"
)
# embedded databases: a `Connection` of theirs opens a file, not a peer
_LOCAL_DATABASE: Final = re.compile(
    r"(^|::)(rusqlite|sqlite|libsql|duckdb|sled|rocksdb|lmdb|heed|redb|Sqlite\w*)::"
)
# what names the computer or its user (`hostname::get`, `whoami::username`), the files
# and variables that hold those names
_HOST_FUNCTION: Final = re.compile(
    r"(^|::)gethostname$|^hostname::get$|^whoami::(\w+::)?(username|hostname|realname|devicename)"
    r"(_os)?$|(^|::)get_current_username$|(^|::)System::host_name$"
)
_HOST_FILES: Final = frozenset(
    {"/etc/hostname", "/etc/machine-id", "/var/lib/dbus/machine-id", "/proc/sys/kernel/hostname"}
)
_HOST_VARIABLES: Final = frozenset(
    {"COMPUTERNAME", "HOSTNAME", "USER", "USERNAME", "LOGNAME", "USERDOMAIN"}
)
_READ_FUNCTION: Final = re.compile(
    r"(^|fs::|fs_err::|File::)(read_to_string|read_to_end)$|(fs|fs_err|File)::(read|open)$"
    r"|^libc::(open|open64|fopen)$"
)
_LIBC_IO: Final = frozenset(
    {"libc::read", "libc::write", "libc::send", "libc::sendto", "libc::connect"}
)
# a value made over a buffer borrowed mutably (a writer, an encoder, an archive)
_WRITER_OVER: Final = re.compile(
    r"[\w:<>]*::(?:new|with_\w+|from)\s*\([^;]*?&\s*mut\s+([a-z_]\w*)\b"
)
_MAX_CONSTRUCTOR: Final = 300  # characters of a constructor call read for its buffer
_OPENED_FILE: Final = re.compile(r"^[\w:]*(?:File::create|\.open)\s*\(\s*&?(\w+)\s*\)")
_DOWNLOADS: Final = frozenset({"send", "call", "bytes", "text", "into_string", "into_reader"})
# methods that reach the address or URL they are given
# (`connect` on anything; the others on what is written as an HTTP client)
CONTACTS: Final = frozenset({"get", "post", "put", "patch", "request", "connect"})
_HTTP_CLIENT: Final = re.compile(r"(?i)client|agent|http|reqwest|ureq|session")
#: methods of iterators, text and options that take what they are given nowhere: called on
#: a value that holds an address, they are no contact (`host.split(':')`, `bytes.take_while`)
_IN_MEMORY: Final = frozenset(
    {"map", "flat_map", "filter", "filter_map", "map_while", "take_while", "skip_while"}
    | {"take", "skip", "step_by", "chain", "zip", "scan", "inspect", "fold", "try_fold"}
    | {"for_each", "any", "all", "find", "find_map", "position", "rposition", "contains"}
    | {"contains_key", "starts_with", "ends_with", "strip_prefix", "strip_suffix", "split"}
    | {"splitn", "rsplit", "rsplitn", "split_once", "rsplit_once", "split_at", "matches"}
    | {"split_terminator", "trim_matches", "trim_start_matches", "trim_end_matches"}
    | {"replace", "replacen", "cmp", "eq", "ne", "partial_cmp", "unwrap_or", "unwrap_or_else"}
    | {"map_or", "map_or_else", "and_then", "or_else", "ok_or", "ok_or_else", "chunks"}
    | {"windows", "drain", "retain", "sort_by", "sort_by_key", "max_by_key", "min_by_key"}
    | {"map_err", "expect", "context", "with_context", "unwrap_or_default", "ok", "push_str"}
)
# a libcurl handle (the `curl` crate's `Easy`), whose `url(..)` says where it goes
_CURL_HANDLE: Final = re.compile(r"(?i)\beasy\d?\b|curl|\bhandle\b")
#: a parameter's type that holds what a network peer sent: a web framework's request, its
#: cookies, headers, query or form (axum, actix-web, Rocket, warp, hyper, tide, poem)
REQUEST_TYPE: Final = re.compile(
    r"\b(Request|HttpRequest|ServiceRequest|CookieJar|Cookies|HeaderMap|Query|Form|Multipart|Json)\b"
)
#: what writes another program's settings through a library: git's configuration
# (`git2::Config`), the Windows registry (`winreg`), preferences stores
SETTING_WRITES: Final = frozenset(
    {"set_str", "set_multivar", "set_bool", "set_i32", "set_i64", "set_path", "set_raw_value"}
    | {"set_value", "set_string", "set_expand_string"}
)
# what a WebAssembly module reads a web page's stored state with (`web_sys`)
_BROWSER_STORES: Final = frozenset({"local_storage", "session_storage", "cookie"})
_READ_INTO: Final = frozenset({"read_to_string", "read_to_end", "read", "read_exact", "read_line"})
# what parses a file's text into settings (serde's formats, `str::parse`, INI and TOML)
_PARSERS: Final = frozenset(
    {"from_str", "from_slice", "from_reader", "from_value", "parse", "load_from_str"}
    | {"from_yaml_str", "load_from_reader", "parse_str", "deserialize"}
)
#: what writes, copies or links a file (`fs::write`, `File::create`, `symlink`)
WRITES: Final = ("write", "create", "create_dir_all", "copy", "rename", "hard_link", "symlink")
_WRITE_FUNCTION: Final = re.compile(rf"(fs|fs_err|File)::({'|'.join(WRITES)})$|(^|::)symlink$")
_OPENS_FOR_WRITING: Final = re.compile(r"\.(write|append|create|create_new)\(\s*true\s*\)")
# what parses text into code (a procedural macro's token stream)
_EMIT_FUNCTION: Final = re.compile(r"(^|::)(TokenStream::from_str|parse_str)$")
_CODE_TYPE: Final = re.compile(r"TokenStream|syn::|\b(Expr|Item|File|Type|Stmt|Block)\b")
# what runs a program or loads a library by the name it is given
# a shell or script interpreter, and the flag that gives it a command line
SHELLS: Final = (
    "sh|bash|zsh|dash|ksh|fish|cmd|powershell|pwsh|node|python|python3|perl|ruby|osascript"
)
_SHELL: Final = re.compile(rf'^"((/usr)?/bin/)?({SHELLS})(\.exe)?"$')
_SHELL_FLAG: Final = re.compile(r'^"(-c|-lc|-ic|/c|/C|-Command|-command|-EncodedCommand|-e)"$')
# methods that call the function they are given (`flag.then(unseal)`, `.map(decode)`)
_CALLS_ITS_ARGUMENT: Final = frozenset(
    {"then", "map", "and_then", "unwrap_or_else", "or_else", "map_or_else", "get_or_init"}
    | {"get_or_insert_with", "or_insert_with", "call_once", "spawn"}
)
_FUNCTION_NAME: Final = re.compile(r"^[a-z_][a-z0-9_]*$")
# the program a command builder runs, named in plain sight (`Command::new("tmux")`)
_NAMED_PROGRAM: Final = re.compile(r'Command::new\(\s*"(?:[^"]*/)?([\w.+-]+)"\s*\)')
_RUN_FUNCTION: Final = re.compile(
    r"(^|::)(Command::new|Library::new|dlopen|LoadLibrary[AW]?|LoadLibraryEx[AW]|CreateProcess[AW]?"
    r"|ShellExecute(Ex)?[AW]?|WinExec|system|execvp?e?|execlp?"
    # code evaluated by an embedded interpreter's C API (PHP, Python, Lua, QuickJS, Duktape,
    # Ruby, Tcl)
    r"|zend_eval_stringl?(_ex)?|PyRun_(Simple)?String(Flags)?|luaL_(do|load)string"
    r"|luaL_loadbufferx?|JS_Eval|duk_p?eval_string|rb_eval_string(_protect)?|Tcl_Eval(Ex)?"
    # ... and modules of JavaScript source declared or evaluated by rquickjs
    r"|Module::(declare|evaluate))$"
)
# ... and an embedded interpreter's methods that evaluate what they are given (rhai's
# `engine.eval`, pyo3's `py.run`, mlua's `lua.load`, deno's `runtime.execute_script`)
_EVAL_METHODS: Final = frozenset({"eval", "eval_with_scope", "execute_script", "run", "load"})
#: JavaScript's `Function` constructor and `eval` as `js_sys` binds them: text run as code
_SCRIPT_FUNCTION: Final = re.compile(r"(^|::)(Function::new_(with_args|no_args)|js_sys::eval)$")
_INTERPRETER: Final = re.compile(r"(?i)\b(engine|lua|py|python|interp\w*|js_?runtime|isolate)\b")
_MUTATORS: Final = frozenset(
    {"push", "push_str", "extend", "extend_from_slice", "insert", "append", "push_back"}
    | {"push_front", "entry", "set", "replace", "write_str", "write_all", "write", "send"}
    | {"try_send", "store", "get_or_insert_with", "or_insert", "put"}
    | {"copy_from_slice", "clone_from_slice"}
)
# HTTP request builders: every argument is data that leaves (`.header(name, value)`)
HTTP_DATA: Final = frozenset(
    {"body", "json", "form", "header", "headers", "send_string", "send_bytes", "send_json"}
    | {"send_form", "multipart", "bearer_auth", "basic_auth", "set_body", "with_body"}
)
# what a platform's environment and secret store give a value by its name: Cloudflare
# Workers' `env.secret(name)` and `env.var(name)`, Shuttle's `secrets.get(name)`, Spin's
# `variables::get` (a function: as `env::var`)
_SECRET_GETTERS: Final = frozenset({"secret", "var", "get_secret", "secret_value"})
_SECRETS_HOLDER: Final = re.compile(r"(?i)(^|\W)(env|secrets?|vars|variables|secret_store)$")
SOCKET_WRITE: Final = frozenset(
    {"write", "write_all", "send", "send_to", "write_fmt", "write_vectored", "feed"}
    | {"start_send", "publish", "send_message", "write_message"}
)
_WRITE_MACROS: Final = frozenset({"write", "writeln"})
_REQUEST_SETTERS: Final = frozenset({"set", "query", "append_header", "insert_header"})
# a database client's methods that run the SQL text of their first argument (postgres,
# tokio-postgres, rusqlite); `execute`, `query` and `prepare` with parameters too (an HTTP
# client's `execute(request)` and a request's `query(pairs)` take one argument)
_SQL_RUNNERS: Final = frozenset(
    {"batch_execute", "simple_query", "query_one", "query_opt", "query_raw", "execute_batch"}
    | {"query_row", "query_map"}
)
_SQL_WITH_PARAMETERS: Final = frozenset({"execute", "query", "prepare"})
# ... and functions that make a query of their text (sqlx, diesel)
_SQL_FUNCTION: Final = re.compile(r"(^|::)(sqlx::(query|query_as|query_scalar|raw_sql)|sql_query)$")
#: the types of keys that check signatures, tokens or MACs, of password hashes, and of
#: recipients encrypted to (age's `x25519::Recipient`: whoever holds its identity reads all)
KEY_TYPES: Final = (
    "VerifyingKey",
    "PublicKey",
    "DecodingKey",
    "VerifyKey",
    "Hmac",
    "PasswordHash",
    "Recipient",
)
#: a key made from bytes (`VerifyingKey::from_sec1_bytes`, `DecodingKey::from_secret`,
#: `Hmac::<Sha256>::new_from_slice`, ring's `UnparsedPublicKey::new`); not a public key
#: derived from a secret one (`PublicKey::from_secret_scalar`)
KEY_CONSTRUCTOR: Final = re.compile(
    rf"(?:^|::|<)\w*(?:{'|'.join(KEY_TYPES)})\w*\b.*"
    r"::(?:from_(?!secret_)\w+|new_from_slice|new_varkey|new)$"
)
#: ... of those, a key that signs as well as it checks: a MAC's, a JWT's shared secret
SYMMETRIC_KEY: Final = re.compile(r"Hmac|DecodingKey::from_(base64_)?secret$")
# free functions that send a request to the URL they are given, data in it
HTTP_CRATES: Final = ("ureq", "reqwest", "minreq", "attohttpc", "isahc", "surf")
_REQUEST_FUNCTION: Final = re.compile(
    rf"^({'|'.join(HTTP_CRATES)}|reqwest::blocking)::(get|post|put|patch|delete|head|request)$"
    # a host's download function for plugins and extensions (Zed's `download_file(url, ..)`)
    r"|^(\w+::)*download_file$"
)
#: a request built for its URL and sent later (`http::Request::post(uri)`, Fastly's and
#: Spin's `Request::get(url)`): its URL is where it goes, and nothing has come back yet
_REQUEST_CONSTRUCTOR: Final = re.compile(r"(^|::)(Http)?Request::(get|post|put|patch|delete|head)$")
_NETWORK_TOOLS: Final = re.compile(r"\b(curl|wget|nc|ncat|socat|Invoke-WebRequest|iwr)\b")
#: what a decoder does to characters or bytes
DECODER_BODY: Final = re.compile(
    r"\^|wrapping_(add|sub)|rotate_(left|right)|from_u32|char::from|as char|from_utf8|"
    r"\.rev\(\)|from_str_radix|0x2800|% ?26\b|to_bits\(\)|to_[bl]e_bytes|"
    # a value shifted by a fixed amount (not a constant written as one: `64 << 20`)
    r"(?:(?<!\w)[A-Za-z_]\w*|[)\]])\s*(?:<<|>>)\s*\d|"
    # letters taken apart from their marks (unicode-normalization's `nfd()`)
    r"\.nfk?d\(\)|"
    # a character swapped for the one a table of pairs gives it (`SUBST.iter().find(|(k, _)|
    # *k == c)`: leetspeak undone, a substitution alphabet)
    r"\b[A-Z][A-Z0-9_]{2,}\s*\.\s*iter\(\)\s*\.\s*find\(\s*\|\s*&*\(|"
    # a character picked at a position of another text (a book cipher over a table of
    # well-known URIs: `KNOWN[u].chars().nth(c)`)
    r"\.(?:chars|bytes)\(\)\s*\.\s*nth\(|"
    # a constant table's entries each handed to a function of the crate (glyph names read
    # through their lookup: `RUNS[i].iter().filter_map(|n| to_unicode(n))`)
    r"\b[A-Z][A-Z0-9_]{2,}\s*(?:\[[^\]\n]*\])?\s*\.\s*iter\(\)\s*\.\s*(?:filter_)?map\(\s*\|[^|]*\|\s*(?:\w+::)*[a-z_]\w*\s*\(|"
    # `out[i] = c[j]` (or `Some(c[j])`, or `*c` of a zip with the order): characters put
    # in another order
    r"\w\[[^\]\n]+\]\s*=\s*(?:Some\s*\(\s*)?\w+\s*\[|\w\[[^\]\n]+\]\s*=\s*\*\w+\s*;|"
    # a character looked up in one alphabet and taken from another at a turned position
    # (`outer[(i + 40 - shift) % 40]`: cipher disks and wheels)
    r"\.position\(\s*\|[^|]*\|[^)]*==[^)]*\)[\s\S]{0,400}?\w\[\s*\([^\]\n]*\)\s*%\s*\w+\s*\]"
)
# a constant table read: `TABLE[i]`, `TABLE.iter()`, `for &w in TABLE`
TABLE_READ: Final = re.compile(r"\b[A-Z][A-Z0-9_]{2,}\s*(?:\.|\[)|\bin\s+&?[A-Z][A-Z0-9_]{2,}\b")
# text made of bytes or characters
TEXT_MAKING: Final = re.compile(r"from_utf(8|16)|\bas char\b|char::from|collect::<String>")
#: what a `let` makes text of constants with, evaluated inline by the interpreter: what
#: makes text, or an iterator mapping a function of the crate's, named as a value or called
#: by a closure, which may return text for each item (`(3..N).filter_map(abbreviation)`,
#: `SAMPLES.iter().map(|s| plain(s))`)
INLINE_TEXT: Final = re.compile(
    TEXT_MAKING.pattern
    + r"|\.(filter_map|flat_map|map)\(\s*(\|[^|()]*\|\s*)?[a-z_][a-z0-9_]*\s*[()]"
)
_FORMAT_NAME: Final = re.compile(r"\{([A-Za-z_]\w*)(?::[^{}]*)?\}")
#: a type the interpreter makes an address's text of (a socket's, an IP's, an account's)
ADDRESS_TYPE: Final = re.compile(rf"\b({'|'.join(sorted(ADDRESS_TYPES))})\b")
_TEXT_TYPE: Final = re.compile(
    r"\b(String|str|PathBuf|Path|OsString|OsStr|CString|Cow)\b|\bu8\b|" + ADDRESS_TYPE.pattern
)
_FILLED_BUFFER: Final = re.compile(r"&\s*mut\s*(\[\s*u8\s*\]|Vec\s*<\s*u8\s*>|String\b)")
_STATIC_REF: Final = re.compile(rb"\bstatic\s+ref\s+")
_MAX_LAZY_BLOCK: Final = 64 * 1024  # bytes of one `lazy_static!` block read
_CONSTANT_WORD: Final = re.compile(r"\b[A-Z][A-Z0-9_]*\b")  # a constant's name, in capitals
_CONSTANT_TEXT: Final = 4096  # of a constant's value, kept to judge whether it reads as text
_START: Final = attrgetter("start_byte")


def function_headers(
    path: str, data: bytes, constants: dict[str, str], definitions: Definitions | None = None
) -> list[tuple[Function, Any]]:
    """A file's functions outside tests, each with its body's syntax node to summarise,
    and what is known without reading the body: its parameters, whether it takes
    ``self``, yields text, or transforms characters or bytes. The file's constants'
    values (the start of each) go into ``constants`` by name; the syntax of its
    constants and of its functions that do not take ``self`` into ``definitions``, for
    the interpreter."""
    captures = _defined(path, data, _items_query(), constants, definitions)
    out = []
    arguments = captures.get("argument", [])
    # a call written in a macro's arguments (`writeln!(f, "{}", name(KEY))`): its constants
    arguments += [
        token
        for group in captures.get("macro_arguments", [])
        if node_text(group).startswith("(")
        for token in group.named_children
        if (token.type == "identifier" and CONSTANT_NAME.match(node_text(token)))
        or token.type in ("integer_literal", "string_literal", "raw_string_literal")
    ]
    arguments.sort(key=_START)
    for node, body in _functions(captures):
        name = node.child_by_field_name("name")
        params = node.child_by_field_name("parameters")
        children = params.named_children if params is not None else []
        method = _takes_self(children)
        function = Function(path, node_text(name), node.start_point[0] + 1, method)
        function.owners = impl_names(node)
        for param in children:
            if param.type == "parameter":
                pattern = param.child_by_field_name("pattern")
                function.params.append(tuple(pattern_names(pattern)))
                kind = param.child_by_field_name("type")
                request = kind is not None and REQUEST_TYPE.search(node_text(kind))
                function.inputs.append(frozenset({REQUEST} if request else ()))
        text = node_text(body)
        function.decoder = bool(DECODER_BODY.search(text))
        if not (method or function.params):  # only a function that takes nothing is run so
            function.decodes_table = bool(TEXT_MAKING.search(text) and TABLE_READ.search(text))
        result = node.child_by_field_name("return_type")
        function.yields_text = bool(
            (result is not None and _TEXT_TYPE.search(node_text(result)))
            or (params is not None and _FILLED_BUFFER.search(node_text(params)))
        )
        function.yields_address = bool(
            result is not None and ADDRESS_TYPE.search(node_text(result))
        )
        function.calls_on_constants = _constant_arguments(arguments, node)
        function.bound_constants = _bound_constants(captures.get("bound", []), node)
        if definitions is not None:
            _define(path, node, function.name, method, definitions)
        out.append((function, body))
    return out


def function_bodies(
    path: str, data: bytes, constants: dict[str, str], definitions: Definitions
) -> list[tuple[Any, Any]]:
    """``function_headers`` without the headers: each function outside tests with its
    body, the constants and definitions as it records them (for an analysis that reads
    the bodies itself)."""
    out = []
    for node, body in _functions(
        _defined(path, data, _definitions_query(), constants, definitions)
    ):
        params = node.child_by_field_name("parameters")
        method = params is not None and _takes_self(params.named_children)
        _define(path, node, node_text(node.child_by_field_name("name")), method, definitions)
        out.append((node, body))
    return out


def _takes_self(parameters: list[Any]) -> bool:
    """Whether a function's parameters make it a method (``self``, ``&mut self``)."""
    return any(param.type == "self_parameter" for param in parameters)


def _defined(
    path: str,
    data: bytes,
    query: Any,
    constants: dict[str, str],
    definitions: Definitions | None,
) -> dict[str, list[Any]]:
    """The captures of ``query`` over a file's syntax tree, its constants' values (the
    start of each) put into ``constants`` and their syntax into ``definitions``."""
    from tree_sitter import QueryCursor

    tree = syntax_tree(data)
    captures: dict[str, list[Any]] = QueryCursor(query).captures(tree.root_node)
    pairs = _constants(captures)
    for block in captures.get("lazy_static", []):
        pairs += _lazy_statics(block)
    for constant, value in pairs:
        constants[node_text(constant)] = node_text(value)[:_CONSTANT_TEXT]
        if definitions is not None:
            definitions.constants.setdefault(node_text(constant), []).append((path, value))
    if definitions is not None:
        for variants in captures.get("enum", []):
            for name in unit_variants(variants):
                definitions.variants.setdefault(name, []).append((path, variants))
        for struct in captures.get("struct", []):
            if _derives_default(struct):
                name = node_text(struct.child_by_field_name("name"))
                definitions.defaults.setdefault(name, []).append((path, struct))
    return captures


def _derives_default(item: Any) -> bool:
    """Whether an item's attributes derive ``Default`` (``#[derive(Debug, Default)]``)."""
    attribute = item.prev_named_sibling
    while attribute is not None and attribute.type in ("attribute_item", "line_comment"):
        if _DERIVES_DEFAULT.search(node_text(attribute)):
            return True
        attribute = attribute.prev_named_sibling
    return False


_DERIVES_DEFAULT: Final = re.compile(r"\bderive\s*\([^)]*\bDefault\b")


def _path_owner(path: str) -> str:
    """The type or trait a call's path names before the function (``Uci`` of
    ``engine::Uci``, ``Vec`` of ``Vec::<u8>``, ``<`` for ``<T as Read>``), or "" for a
    module's path (``std::thread``, ``self``): a module's function is no impl block's."""
    if path.startswith("<"):
        return "<"  # a qualified path: any type's
    if path.endswith(">") and "::<" in path:
        path = path[: path.rfind("::<")]
    last = path.rsplit("::", 1)[-1]
    return last if last[:1].isupper() else ""


def _functions(captures: dict[str, list[Any]]) -> Iterator[tuple[Any, Any]]:
    """The functions captured, in order, with their bodies: those outside tests."""
    for node in sorted(captures.get("function", []), key=_START):
        body = node.child_by_field_name("body")
        named = node.child_by_field_name("name") is not None
        if body is not None and named and not _is_test(node):
            yield node, body


def _define(path: str, node: Any, name: str, method: bool, definitions: Definitions) -> None:
    """A function's syntax, for the interpreter: by its name, and by its impl's type
    (``Rc4::new`` where many types have a ``new``)."""
    kept = definitions.methods if method else definitions.functions
    kept.setdefault(name, []).append((path, node))
    if owner := impl_type(node):
        kept.setdefault(f"{owner}::{name}", []).append((path, node))


def _bound_constants(bound: list[Any], function: Any) -> list[str]:
    """The constants named where ``function`` binds local variables: a ``for`` loop over
    an array written out, a ``let`` of a constant or a borrow of it (``bound``: the file's
    such values; an element taken out of a table is the table's own business)."""
    return [
        name
        for node in bound
        if function.start_byte <= node.start_byte < function.end_byte
        for name in _CONSTANT_WORD.findall(node_text(node)[:_CONSTANT_TEXT])
    ]


def _constant_arguments(arguments: list[Any], function: Any) -> list[tuple[str, str, bool]]:
    """Calls inside ``function`` given a constant (a name in capitals, a string literal
    or a number): the callee's name, the constant as written, whether it is a name.
    ``arguments``: the file's constant arguments, in order."""
    out = []
    first = bisect_left(arguments, function.start_byte, key=_START)
    for node in arguments[first:]:
        if node.start_byte >= function.end_byte:
            break
        if node.parent is not None and node.parent.type == "token_tree":
            callee = node.parent.prev_named_sibling  # `name(KEY)` among a macro's tokens
            if callee is None or callee.type != "identifier":
                continue
            out.append((node_text(callee), node_text(node), node.type == "identifier"))
            continue
        call = node.parent
        while call is not None and call.type != "arguments":
            call = call.parent  # `&NAME`
        call = call.parent if call is not None else None
        callee = call.child_by_field_name("function") if call is not None else None
        if callee is None:
            continue
        leaf = callee.child_by_field_name("field") or callee.child_by_field_name("name") or callee
        out.append((node_text(leaf), node_text(node), node.type == "identifier"))
    return out


def _argument_nodes(call: Any) -> list[Any]:
    arguments = call.child_by_field_name("arguments")
    children = arguments.named_children if arguments is not None else []
    return [child for child in children if child.type not in _ATTRIBUTE_OR_COMMENT]


def _shell_command(arguments: Iterable[Any]) -> bool:
    """Whether an argument is a shell's argument list with a command line
    (``&["sh", "-c", script]``): what it is given to runs it, whatever its name (a
    plugin host's ``run_command``, a job runner's ``spawn``)."""
    for node in arguments:
        while node is not None and node.type == "reference_expression":
            node = node.child_by_field_name("value")
        if node is None or node.type != "array_expression":
            continue
        items = [item for item in node.named_children if item.type not in _ATTRIBUTE_OR_COMMENT]
        if (
            len(items) >= 3
            and _SHELL.match(node_text(items[0]))
            and _SHELL_FLAG.match(node_text(items[1]))
        ):
            return True
    return False


def _may_be_code(call: Any) -> bool:
    """Whether ``text.parse()`` may make tokens: not when its turbofish names another type
    (``parse::<u8>()``)."""
    function = call.child_by_field_name("function")
    if function is None or function.type != "generic_function":
        return True
    return bool(_CODE_TYPE.search(node_text(function.child_by_field_name("type_arguments"))))


def decoding_call(
    headers: list[tuple[Function, Any]],
    constants: dict[str, str],
    definitions: Definitions,
    aliases: Mapping[str, str],
) -> bool:
    """Whether some call could rebuild a name from a constant (``Solver._decoded``),
    or a function that takes nothing transforms characters into text (``definitions``:
    the bodies' text; ``aliases``: the names functions are imported under)."""
    decoders: dict[str, bool] = {}
    for function, _ in headers:
        bare = not (function.params or function.method)
        if bare and (function.decoder or function.yields_address) and function.yields_text:
            return True  # text or an address it builds from nothing it is given
        if bare and function.decoder and function.decodes_table:
            return True  # text it decodes from a table, whatever it returns
        if function.yields_text:
            decoders[function.name] = decoders.get(function.name, False) or function.decoder
    # a function that hands a table's entry to a decoder (`m(i)` calling `unmirror(s)`)
    transforming = [re.escape(name) for name, decodes in decoders.items() if decodes]
    if transforming:
        calling = re.compile(r"\b(?:" + "|".join(transforming) + r")\s*\(")
        for function, body in headers:
            if function.yields_text and not decoders[function.name]:
                text = definitions.text(function.file, body)
                decoders[function.name] = bool(calling.search(text[:_CONSTANT_TEXT]))
    transforms = any(decoders.values())
    for function, _ in headers:
        if decoders.get(function.name) and not function.params:  # (yields text: a key)
            return True  # it takes nothing and hands what it has to a decoder: `table()`
        for constant in function.bound_constants:  # perhaps given to a decoder as a variable
            if constant in constants and (transforms or opaque(constants[constant])):
                return True
        for callee, constant, named in function.calls_on_constants:
            callee = callee if callee in decoders else aliases.get(callee, callee)
            if callee not in decoders:
                continue
            # a name, or a number (`table(4, 7)`), given to what transforms characters
            # (a string literal too: what the function makes of it shows once it is run)
            known = constant in constants if named else constant[:1].isdigit() or '"' in constant
            transformed = decoders[callee] and known
            if transformed or opaque(constants.get(constant, constant)):
                return True
    return False


@cache
def _items_query() -> Any:
    from tree_sitter import Query

    return Query(
        parser().language,
        """
        (function_item) @function
        (arguments ((identifier) @argument (#match? @argument "^[A-Z][A-Z0-9_]*$")))
        (arguments (index_expression . (identifier) @argument (integer_literal)
          (#match? @argument "^[A-Z][A-Z0-9_]*$")))
        (arguments (reference_expression
          value: ((identifier) @argument (#match? @argument "^[A-Z][A-Z0-9_]*$"))))
        (arguments (scoped_identifier
          name: ((identifier) @argument (#match? @argument "^[A-Z][A-Z0-9_]*$"))))
        (arguments (reference_expression value: (scoped_identifier
          name: ((identifier) @argument (#match? @argument "^[A-Z][A-Z0-9_]*$")))))
        (arguments [(integer_literal) (string_literal) (raw_string_literal)] @argument)
        (token_tree (identifier) . (token_tree) @macro_arguments)
        (for_expression value: [(array_expression) (reference_expression)] @bound)
        (let_declaration
          value: [(identifier) (scoped_identifier) (reference_expression)] @bound)
        (const_item name: (identifier) @constant value: (_) @value)
        (static_item name: (identifier) @constant value: (_) @value)
        (macro_invocation
          macro: (identifier) @_lazy (#eq? @_lazy "lazy_static") (token_tree) @lazy_static)
        (enum_item body: (enum_variant_list) @enum)
        (struct_item) @struct
        """,
    )


@cache
def _definitions_query() -> Any:
    """What ``function_bodies`` needs of ``_items_query``."""
    from tree_sitter import Query

    return Query(
        parser().language,
        """
        (function_item) @function
        (const_item name: (identifier) @constant value: (_) @value)
        (static_item name: (identifier) @constant value: (_) @value)
        (macro_invocation
          macro: (identifier) @_lazy (#eq? @_lazy "lazy_static") (token_tree) @lazy_static)
        (struct_item) @struct
        """,
    )


def _constants(captures: dict[str, list[Any]]) -> list[tuple[Any, Any]]:
    """The name and value nodes of the constants and statics ``_items_query`` found."""
    return list(
        zip(
            sorted(captures.get("constant", []), key=_START),
            sorted(captures.get("value", []), key=_START),
            strict=False,
        )
    )


def _lazy_statics(block: Any) -> list[tuple[Any, Any]]:
    """The statics a ``lazy_static!`` block (its token tree) declares (``static ref
    NAME: T = value;``), read as the statics they stand for: each name and value node."""
    from tree_sitter import QueryCursor

    inside = block.text[1:-1][:_MAX_LAZY_BLOCK]  # within the block's braces
    parsed = parser().parse(_STATIC_REF.sub(b"static ", inside))
    return _constants(QueryCursor(_definitions_query()).captures(parsed.root_node))


def _is_test(node: Any) -> bool:
    """A function under ``#[test]`` or ``#[cfg(test)]``, on itself or an item around it."""
    current = node
    while current is not None:
        sibling = current.prev_named_sibling
        while sibling is not None and sibling.type in _ATTRIBUTE_OR_COMMENT:
            if sibling.type == "attribute_item" and _TEST_ATTRIBUTE.match(node_text(sibling)):
                return True
            sibling = sibling.prev_named_sibling
        current = current.parent
    return False


def pattern_names(node: Any) -> Iterator[str]:
    """The names a pattern binds (``mut x``, ``(a, b)``, ``Some(v)``, ``S { f, g: h }``)."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if current.type == "identifier" or current.type == "shorthand_field_identifier":
            yield node_text(current)
        elif current.type in ("tuple_struct_pattern", "struct_pattern"):
            # `Some(v)`, `S { f }`: the type names no binding
            kind = current.child_by_field_name("type")
            stack.extend(c for c in current.named_children if kind is None or c.id != kind.id)
        elif current.type not in ("scoped_identifier", "type_identifier", "field_identifier"):
            stack.extend(current.named_children)


def _variant(name: str) -> str | None:
    """The variant or tuple struct a path names (``Key::Hs256``), or None."""
    leaf = name.rsplit("::", 1)[-1]
    return leaf if _VARIANT.match(leaf) and leaf not in _STANDARD_VARIANTS else None


def _payloads(node: Any) -> Iterator[tuple[tuple[str, ...], str]]:
    """The names a pattern binds to a variant's payload or a struct's field, each with
    the field that holds it: ``k`` of ``Key::Hs256(k)`` from ``Hs256``, ``f`` and ``h``
    of ``S { f, g: h }`` from ``f`` and ``g``."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        kind = current.child_by_field_name("type")
        if current.type == "tuple_struct_pattern" and kind is not None:
            variant = _variant(node_text(kind))
            inner = [c for c in current.named_children if c.id != kind.id]
            names = tuple(name for c in inner for name in pattern_names(c))
            if variant is not None and names:
                yield names, variant
        elif current.type == "field_pattern":
            name = current.child_by_field_name("name")
            pattern = current.child_by_field_name("pattern")
            names = tuple(pattern_names(pattern if pattern is not None else name))
            if name is not None and names:
                yield names, node_text(name)
        stack.extend(current.named_children)


def _root_place(node: Any) -> Any:
    """The variable, field or static a method call or index changes: ``log`` in
    ``log.lock().unwrap().push(x)``, the field ``buf`` in ``self.buf.push(x)``."""
    while True:
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            if callee is None or callee.type != "field_expression":
                return None
            node = callee.child_by_field_name("value")
        elif node.type == "index_expression" and node.named_children:
            node = node.named_children[0]  # `out[i]`: the array
        elif node.type in _WRAPPERS and node.named_children:
            node = node.child_by_field_name("value") or node.named_children[-1]  # `&mut x`
        else:
            return node
        if node is None:
            return None


class Walker:
    """Summarises one function body into its facts."""

    def __init__(
        self,
        function: Function,
        budget: list[int],
        macro: bool = False,
        modules: frozenset[str] = frozenset(),
    ) -> None:
        self.function = function
        self.budget = budget  # nodes left for the file
        self.depth = 0
        self.macro = macro  # a procedural macro's: text parsed into tokens is emitted code
        # the unit's own modules: `fingerprint::parse(..)` is the crate's function, not a
        # library's parser
        self.own = modules | {"crate", "self", "super"}
        # the closures the body binds to a name, with the names each parameter binds: a
        # call of one passes its arguments in (`add(name, bytes)` of `let add = |n, b| ..`)
        self.closures: dict[str, list[tuple[str, ...]]] = {}

    def effect(self, node: Any) -> None:
        """A value computed for what it does: its calls still pass arguments."""
        expr = Expr()
        self.expression(node, expr)
        self.function.effects.append(expr)

    def expression(self, node: Any, into: Expr) -> None:
        """Add what ``node``'s value may hold to ``into``, and record the facts in it."""
        self.budget[0] -= 1
        if self.budget[0] < 0 or self.depth >= MAX_NESTING:
            return  # a hostile file: what lies deeper is not followed
        self.depth += 1
        try:
            self._expression(node, into)
        finally:
            self.depth -= 1

    def _expression(self, node: Any, into: Expr) -> None:
        kind = node.type
        if kind == "identifier":
            into.names.add(node_text(node))
        elif kind == "self":
            into.names.add("self")
        elif kind == "scoped_identifier":  # `super::doc::TABLE`: an item, by its own name
            leaf = node.child_by_field_name("name")
            if leaf is not None:
                into.names.add(node_text(leaf))
        elif kind in ("string_literal", "raw_string_literal"):
            _string(node, into)
        elif kind == "field_expression":
            field = node.child_by_field_name("field")
            if field is not None:
                into.fields.add(node_text(field))
            value = node.child_by_field_name("value")
            if value is not None:
                self.expression(value, into)
        elif kind == "call_expression":
            self._call(node, into)
        elif kind == "macro_invocation":
            self._macro(node, into)
        elif kind in ("let_declaration", "let_condition", "for_expression"):
            self._bind(node.child_by_field_name("pattern"), node.child_by_field_name("value"))
            for field in ("alternative", "body"):
                child = node.child_by_field_name(field)
                if child is not None:
                    self.effect(child)
        elif kind in ("assignment_expression", "compound_assignment_expr"):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                expr = Expr()
                self.expression(right, expr)
                self._store(left, expr)
        elif kind == "match_expression":
            self._match(node, into)
        elif kind == "return_expression":
            for child in node.named_children:
                self.expression(child, self.function.returns)
        elif kind == "struct_expression":
            self._struct(node, into)
        elif kind == "block":
            children = [c for c in node.named_children if c.type not in _ATTRIBUTE_OR_COMMENT]
            for index, child in enumerate(children):
                if index == len(children) - 1 and (
                    child.type != "expression_statement" or _tail_value(child)
                ):
                    self.expression(child, into)  # the block's value
                else:
                    self.effect(child)
        elif kind not in _ITEMS:  # items inside a body are summarised on their own
            for child in node.named_children:
                self.expression(child, into)

    def _bind(self, pattern: Any, value: Any) -> None:
        if value is None:
            return
        expr = Expr()
        self.expression(value, expr)
        names = tuple(pattern_names(pattern))
        if not names:
            self.function.effects.append(expr)
            return
        self.function.bindings.append((names, expr))
        self._bind_payloads(pattern)
        parameters = value.child_by_field_name("parameters")
        if len(names) == 1 and value.type == "closure_expression" and parameters is not None:
            self.closures[names[0]] = [
                tuple(pattern_names(p.child_by_field_name("pattern") or p))
                for p in parameters.named_children
            ]
        if len(names) == 2 and any("channel" in call.name for call in expr.calls):
            self.function.aliases.append(names)  # `let (tx, rx) = mpsc::channel();`
        opened = _OPENED_FILE.search(node_text(value)) if len(names) == 1 else None
        if opened:  # `let f = File::create(&path)`: what is written to f, the path holds
            self.function.aliases.append((names[0], opened.group(1)))
        over = _WRITER_OVER.match(node_text(value)[:_MAX_CONSTRUCTOR]) if len(names) == 1 else None
        if over:  # `let z = ZipWriter::new(Cursor::new(&mut buf))`: what z is given, buf holds
            self.function.aliases.append((names[0], over.group(1)))

    def _store(self, target: Any, expr: Expr) -> None:
        """``target`` (a variable, field, static, or a call on one) now also holds ``expr``."""
        place = _root_place(target)
        if place is None:
            self.function.effects.append(expr)
        elif place.type == "field_expression":
            field = place.child_by_field_name("field")
            if field is not None:
                self.function.fields.append((node_text(field), expr))
            owner = place.child_by_field_name("value")
            if owner is not None and owner.type == "identifier" and node_text(owner) != "self":
                # `msg.bcc = x`: the local value `msg` now holds x, wherever it is handed
                self.function.bindings.append(((node_text(owner),), expr))
        elif place.type == "identifier":
            name = node_text(place)
            if CONSTANT_NAME.match(name):
                self.function.statics.append((name, expr))
            else:
                self.function.bindings.append(((name,), expr))
        elif place.type == "scoped_identifier":
            self.function.statics.append((node_text(place).rsplit("::", 1)[-1], expr))
        else:
            self.function.effects.append(expr)

    def _bind_payloads(self, pattern: Any) -> None:
        """A pattern's names also hold the fields they take apart, wherever those were
        filled (``Key::Hs256(bytes)`` in one function, ``match self`` in another)."""
        for names, field in _payloads(pattern):
            held = Expr()
            held.fields.add(field)
            self.function.bindings.append((names, held))

    def _match(self, node: Any, into: Expr) -> None:
        value = node.child_by_field_name("value")
        body = node.child_by_field_name("body")
        scrutinee = Expr()
        if value is not None:
            self.expression(value, scrutinee)
        self.function.effects.append(scrutinee)
        for arm in body.named_children if body is not None else ():
            if arm.type != "match_arm":
                continue
            pattern = arm.child_by_field_name("pattern")
            names = tuple(pattern_names(pattern))
            if names:
                self.function.bindings.append((names, scrutinee))
                self._bind_payloads(pattern)
            result = arm.child_by_field_name("value")
            if result is not None:
                self.expression(result, into)

    def _struct(self, node: Any, into: Expr) -> None:
        body = node.child_by_field_name("body")
        for child in body.named_children if body is not None else ():
            expr = Expr()
            if child.type == "field_initializer":
                field = child.child_by_field_name("field")
                value = child.child_by_field_name("value")
                if field is None or value is None:
                    continue
                self.expression(value, expr)
                self.function.fields.append((node_text(field), expr))
            elif child.type == "shorthand_field_initializer" and child.named_children:
                name = node_text(child.named_children[0])
                expr.names.add(name)
                self.function.fields.append((name, expr))
            else:
                self.expression(child, expr)
            into.add(expr)

    def _arguments(self, node: Any, receiver: Expr | None = None) -> tuple[list[Expr], list[str]]:
        """Each argument's value, and the variable it names ("" for any other argument).
        A closure passed to a method takes what the receiver holds (``.map(|l| ..)``)."""
        arguments = node.child_by_field_name("arguments")
        values, places = [], []
        for child in arguments.named_children if arguments is not None else ():
            if child.type in _ATTRIBUTE_OR_COMMENT:
                continue
            if receiver is not None and child.type == "closure_expression":
                names = tuple(pattern_names(child.child_by_field_name("parameters")))
                if names:
                    self.function.bindings.append((names, receiver))
            expr = Expr()
            self.expression(child, expr)
            values.append(expr)
            place = _root_place(child)
            named = place is not None and place.type == "identifier"
            places.append(node_text(place) if named else "")
        return values, places

    def _call(self, node: Any, into: Expr) -> None:
        callee = node.child_by_field_name("function")
        if callee is not None and callee.type == "generic_function":
            callee = callee.child_by_field_name("function")
        if callee is None:
            return
        if callee.type == "field_expression":
            self._method_call(node, callee, into)
            return
        args, places = self._arguments(node)
        if callee.type == "identifier":
            for names, arg in zip(self.closures.get(node_text(callee), ()), args, strict=False):
                self.function.bindings.append((names, arg))
        line = node.start_point[0] + 1
        name = node_text(callee).replace(" ", "")
        leaf = name.rsplit("::", 1)[-1]
        env = "env::" in name or name == leaf
        result = Expr()
        for arg in args:
            result.strings += arg.strings
        if leaf in ("var", "var_os") and env:
            literal = only_string(args)
            if literal in _HOME_VARIABLES:
                result.labels.add(HOME_PATH)
            elif literal in _HOST_VARIABLES:
                result.reads.append(labelled(HOST_FACTS))
            elif literal == "CARGO_MANIFEST_DIR":
                result.labels |= {OWN_PATH, CRATE_PATH}
            elif literal is None and args:
                result.variables.append(args[0])  # a name chosen at run time
        elif leaf in ("vars", "vars_os") and env:
            result.reads.append(labelled(ENVIRONMENT))
        elif _HOME_FUNCTION.search(name) or _HOME_CONSTRUCTOR.search(name):
            result.labels.add(HOME_PATH)
        elif _HOST_FUNCTION.search(name):
            result.reads.append(labelled(HOST_FACTS))
        elif _READ_FUNCTION.search(name) and args:
            result.reads.append(args[0])
            if only_string(args) in _HOST_FILES:
                result.reads.append(labelled(HOST_FACTS))
        elif leaf == "copy" and "io::" in name and len(args) == 2:
            held = Expr()  # `io::copy(&mut response, &mut file)`
            held.add(args[0])
            held.received.append(args[0])
            self._store(node.child_by_field_name("arguments").named_children[1], held)
        elif name in _LIBC_IO and len(args) >= 2:
            self._system_call(node, name, args, line)
            result.calls.append(Call(leaf, False, tuple(args), tuple(places)))
        elif _WRITE_FUNCTION.search(name) and args:
            self.function.written.update(args[0].strings, args[0].names)
            target = args[-1] if leaf in ("copy", "rename", "hard_link", "symlink") else args[0]
            content = args[1] if leaf == "write" and len(args) == 2 else None
            sink = Sink("file " + leaf, target, Expr(), line, action=WRITE, content=content)
            self.function.sinks.append(sink)
            # the path written now holds what was written to it (`fs::write(path, bytes)`),
            # a copy, a new name or a link what the first path holds
            if content is not None:
                self._drop(node, 0, content)
            elif len(args) == 2:
                self._drop(node, 1, args[0])
        elif _SQL_FUNCTION.search(name) and args:
            self.function.sinks.append(Sink(name, args[0], Expr(), line, action=QUERY))
        elif _SCRIPT_FUNCTION.search(name) and args:
            # JavaScript made a function of text in a WebAssembly module (`new Function(..)`)
            sink = Sink("evaluated " + leaf, args[-1], Expr(), line, action=RUN)
            self.function.sinks.append(sink)
        elif KEY_CONSTRUCTOR.search(name) and args:
            self.function.sinks.append(Sink(name, merged(args), Expr(), line, action=TRUST))
        elif leaf in _PARSERS and "::" in name and name.split("::", 1)[0] not in self.own:
            result.parsed += args
            if self.macro and _EMIT_FUNCTION.search(name) and args:
                self.function.sinks.append(Sink(name, args[0], Expr(), line, action=EMIT))
        else:
            if _SOCKET_CONSTRUCTOR.search(name) and not _LOCAL_DATABASE.search(name):
                result.labels.add(SOCKET)
                if _RADIO_CONSTRUCTOR.search(name):
                    result.labels.add(RADIO)
                sink = Sink("::".join(name.split("::")[-2:]), merged(args), Expr(), line)
                self.function.sinks.append(sink._replace(action=CONTACT))
            elif _REQUEST_FUNCTION.match(name):
                sink = Sink("request URL", merged(args), Expr(), line, destination_in_data=True)
                self.function.sinks.append(sink)
                result.labels.add(DOWNLOADED)
            elif _REQUEST_CONSTRUCTOR.search(name):
                sink = Sink("request URL", merged(args), Expr(), line, destination_in_data=True)
                self.function.sinks.append(sink)
            if _DEVICE_STORE_FUNCTION.search(name) and args:
                result.labels.add(DEVICE_STORE)
                result.reads.append(args[-1])  # the key: a file's name, as it were
            if ADVERTISING.match(leaf) and args:
                sink = Sink(BROADCAST, merged(args), _broadcast(), line)
                self.function.sinks.append(sink)
            if leaf in _LOOKUP_FUNCTIONS and args:
                self.function.sinks.append(
                    Sink(DNS_LOOKUP, args[0], args[0], line, destination_in_data=True)
                )
            nodes = tuple(_argument_nodes(node))
            if (_RUN_FUNCTION.search(name) and args) or _shell_command(nodes):
                what = "::".join(name.split("::")[-2:])
                sink = Sink(what, merged(args), Expr(), line, action=RUN)
                self.function.sinks.append(sink)
            owner = _path_owner(name[: -len(leaf) - 2]) if name != leaf else ""
            call = Call(leaf, False, tuple(args), tuple(places), nodes, line, owner=owner)
            result.calls.append(call)
            variant = _variant(name) if callee.type in _PATHS else None
            if variant is not None and args:  # `Key::Hs256(bytes)`: the variant holds them
                self.function.fields.append((variant, merged(args)))
        into.add(result)

    def _drop(self, node: Any, index: int, content: Expr) -> None:
        """The path argument ``index`` of a write now holds what was written to it."""
        held = Expr()
        held.dropped.append(content)
        self._fill(node, index, held)

    def _fill(self, node: Any, index: int, held: Expr) -> None:
        """Argument ``index`` of a call now holds ``held`` (a buffer the call fills)."""
        arguments = node.child_by_field_name("arguments")
        children = [c for c in arguments.named_children if c.type not in _ATTRIBUTE_OR_COMMENT]
        if index < len(children):
            self._store(children[index], held)

    def _system_call(self, node: Any, name: str, args: list[Expr], line: int) -> None:
        """``libc::open``, ``read``, ``write``, ``send``, ``connect``: the C library's
        calls on file descriptors."""
        leaf = name.rsplit("::", 1)[-1]
        if leaf == "read":  # `read(fd, buf.as_mut_ptr(), n)`: the buffer holds the file
            arguments = node.child_by_field_name("arguments")
            held = Expr()
            held.add(args[0])
            held.received.append(args[0])
            self._store(arguments.named_children[1], held)
        elif leaf == "connect":
            self.function.sinks.append(Sink(name, args[1], Expr(), line, action=CONTACT))
        else:  # write, send, sendto
            self.function.sinks.append(Sink(name, args[1], args[0], line, socket=True))

    def _method_call(self, node: Any, callee: Any, into: Expr) -> None:
        method = node_text(callee.child_by_field_name("field"))
        receiver_node = callee.child_by_field_name("value")
        receiver = Expr()
        if receiver_node is not None:
            self.expression(receiver_node, receiver)
        args, places = self._arguments(node, receiver)
        data = merged(args)
        line = node.start_point[0] + 1
        # what a request carries: its body and headers, and (named by a request's own
        # methods, on what reads as a request) its header and query settings
        setter = method in _REQUEST_SETTERS and _HTTP_CLIENT.search(node_text(receiver_node))
        if self.macro and method == "parse" and not args and _may_be_code(node):  # tokens
            self.function.sinks.append(Sink("parse", receiver, Expr(), line, action=EMIT))
        elif (method in HTTP_DATA or setter) and args:
            self.function.sinks.append(Sink("HTTP request " + method, data, receiver, line))
        elif args and (
            method in _SQL_RUNNERS or (method in _SQL_WITH_PARAMETERS and len(args) >= 2)
        ):
            sink = Sink("database query " + method, args[0], Expr(), line, action=QUERY)
            self.function.sinks.append(sink)
        elif ADVERTISING.match(method) and args:
            self.function.sinks.append(Sink(BROADCAST, data, _broadcast(), line))
        elif method in SOCKET_WRITE and args:
            self.function.sinks.append(Sink("socket " + method, data, receiver, line, True))
        elif method in SETTING_WRITES and len(args) >= 2:  # `cfg.set_str(key, value)`
            sink = Sink("setting " + method, receiver, Expr(), line, action=WRITE, content=data)
            self.function.sinks.append(sink)
        elif (method == "to_socket_addrs" and not args) or (method in _LOOKUP_METHODS and args):
            name = data if args else receiver
            sink = Sink(DNS_LOOKUP, name, name, line, destination_in_data=True)
            self.function.sinks.append(sink)
        elif method.startswith("send_beacon") and args:  # a web page's `navigator.sendBeacon`
            sink = Sink("beacon", data, receiver, line, destination_in_data=True)
            self.function.sinks.append(sink)
        elif method in ("arg", "args") and _NETWORK_TOOLS.search(" ".join(receiver.strings)):
            sink = Sink("network tool", data, receiver, line, destination_in_data=True)
            self.function.sinks.append(sink)
        elif (
            method in _EVAL_METHODS
            and args
            and receiver_node is not None
            and _INTERPRETER.search(node_text(receiver_node))
        ):
            self.function.sinks.append(Sink("evaluated " + method, data, Expr(), line, action=RUN))
        elif method in ("arg", "args") and args:
            # (the arguments of a program named in plain sight that runs no code it is given:
            # `Command::new("tmux").args(..)`; a shell's or interpreter's are code)
            named = _NAMED_PROGRAM.search(node_text(receiver_node)) if receiver_node else None
            fixed = named is not None and not _SHELL.match(f'"{named.group(1)}"')
            kind = f"argument of {named.group(1)}" if named and fixed else "program argument"
            self.function.sinks.append(Sink(kind, data, Expr(), line, action=RUN))
        elif (
            args
            and receiver_node is not None
            and (
                (
                    method in CONTACTS
                    and (method == "connect" or _HTTP_CLIENT.search(node_text(receiver_node)))
                )
                or (method == "url" and _CURL_HANDLE.search(node_text(receiver_node)))
            )
        ):
            self.function.sinks.append(Sink(method, data, Expr(), line, action=CONTACT))
        elif args and _shell_command(_argument_nodes(node)):  # `host.run(&["sh", "-c", s])`
            self.function.sinks.append(Sink(method, data, Expr(), line, action=RUN))
        elif args and method not in _IN_MEMORY:
            # any other method of a connection or a client: what it is given leaves
            self.function.sinks.append(Sink("client " + method, data, receiver, line, True))
        if (
            method in ("send_to", "connect")
            and args
            and receiver_node is not None
            and receiver_node.type == "identifier"
        ):  # the socket talks to that address
            peer = args[-1] if method == "send_to" else args[0]
            self.function.bindings.append(((node_text(receiver_node),), peer))
        result = Expr()
        if method in _PARSERS:
            result.parsed.append(receiver)
        else:
            result.add(receiver)
        if (
            method in _DEVICE_STORE_READS
            and args
            and _DEVICE_STORE.search(node_text(receiver_node or node))
        ):  # `nvs.get_blob(key, &mut buf)`: the value, returned and in the buffer
            stored = Expr()
            stored.labels.add(DEVICE_STORE)
            stored.reads.append(args[0])  # the key: a file's name, as it were
            result.add(stored)
            self._fill(node, 1, stored)
        elif method in ("get_contents", "get_text") and not args:
            result.reads.append(labelled(CLIPBOARD))
        elif method in _BROWSER_STORES and not args:
            result.reads.append(labelled(BROWSER_STORAGE))
        elif (
            method in _SECRET_GETTERS
            and len(args) == 1
            and not args[0].strings
            and receiver_node is not None
            and _SECRETS_HOLDER.search(node_text(receiver_node))
        ):  # a platform's secrets by a name chosen at run time (`env.secret(name)`)
            result.variables.append(args[0])
        elif method == "open" and args:
            result.reads.append(args[0])  # `OpenOptions::new().read(true).open(path)`
            if receiver_node is not None and _OPENS_FOR_WRITING.search(node_text(receiver_node)):
                sink = Sink("file open", args[0], Expr(), line, action=WRITE)
                self.function.sinks.append(sink)
        if (
            method in _DOWNLOADS
            and not args
            and _HTTP_CLIENT.search(node_text(receiver_node or node))
        ):
            result.labels.add(DOWNLOADED)  # `client.get(url).send()`, `agent.get(url).call()`
        if method in _READ_INTO and receiver_node is not None:
            result.received.append(receiver)  # `recv.read_to_end(limit)` returns the bytes
        if method in _READ_INTO and args and receiver_node is not None:
            arguments = node.child_by_field_name("arguments")
            held = Expr()
            held.add(receiver)
            held.received.append(receiver)
            self._store(arguments.named_children[0], held)  # `f.read_to_string(&mut s)`
        elif method in _MUTATORS and receiver_node is not None and args:
            self._store(receiver_node, data)
        result.add(data)
        result.calls.append(Call(method, True, tuple(args), tuple(places)))
        if method in _CALLS_ITS_ARGUMENT:  # `.then(unseal)`: a function named as the value
            for named in _argument_nodes(node):
                if named.type == "identifier" and _FUNCTION_NAME.match(node_text(named)):
                    result.calls.append(Call(node_text(named), False, (), (), (), line))
        into.add(result)

    def _macro(self, node: Any, into: Expr) -> None:
        name_node = node.child_by_field_name("macro")
        name = node_text(name_node).rsplit("::", 1)[-1] if name_node is not None else ""
        tree = next((c for c in node.named_children if c.type == "token_tree"), None)
        if tree is None:
            return
        expr = Expr()
        first = None
        for token in _tokens(tree):
            if token.type == "identifier":
                first = node_text(token) if first is None else first
                expr.names.add(node_text(token))
                before = token.prev_sibling
                if before is not None and before.type == ".":  # `self.base` in `format!`
                    expr.fields.add(node_text(token))
            elif token.type in ("string_literal", "raw_string_literal"):
                _string(token, expr)
                expr.names.update(_FORMAT_NAME.findall(node_text(token)))  # "{name}"
        calls = _calls_in_tokens(tree)
        expr.calls += calls
        # the user's or the computer's name read among a macro's arguments (a `json!`
        # body's `"user": env::var("USER")`): read as where it is written out of one
        named = {only_string(list(c.args)) for c in calls if c.name in ("var", "var_os")}
        if not _HOST_VARIABLES.isdisjoint(named):
            expr.reads.append(labelled(HOST_FACTS))
        if name == "env" and "CARGO_MANIFEST_DIR" in expr.strings:
            expr.labels |= {OWN_PATH, CRATE_PATH}
        if name in _WRITE_MACROS and first is not None:
            data = Expr()
            data.add(expr)
            data.names.discard(first)
            target = Expr()
            target.names.add(first)
            line = node.start_point[0] + 1
            self.function.sinks.append(Sink("socket write!", data, target, line, True))
            self.function.bindings.append(((first,), data))
        into.add(expr)


#: expressions ending in a block, which the grammar makes statements even as a block's last
#: item: without a `;` after them they are its value (`fn base() -> String { if c { a() }
#: else { b() } }`)
_BLOCK_LIKE: Final = frozenset(
    {"if_expression", "match_expression", "unsafe_block", "block", "loop_expression"}
    | {"async_block", "const_block", "try_block"}
)


def _tail_value(statement: Any) -> bool:
    """Whether a block's last statement is its value: an expression ending in a block,
    with no `;` after it."""
    children = statement.children
    return len(children) == 1 and children[0].type in _BLOCK_LIKE


def _string(node: Any, into: Expr) -> None:
    text = node_text(node)
    string_facts(text[text.find('"') + 1 : text.rfind('"')], into)


def string_facts(content: str, into: Expr) -> None:
    """What a string literal's content (or a string the crate rebuilds) says: a path in
    the user's home, a secret's name, the environment's file, a project's secrets file, a
    network address."""
    into.strings.append(content)
    if _HOME_LITERAL.match(content):
        into.labels.add(HOME_PATH)
    if _SYSTEM_STORE_LITERAL.match(content):
        into.labels.add(SYSTEM_STORE)
    if _KEY_FILE_LITERAL.match(content):
        into.labels.add(KEY_FILE)
    if _ENV_FILE_LITERAL.match(content):
        into.labels.add(ENV_FILE)
    if (template := _DOMAIN_TEMPLATE.match(content)) and fixed_address(
        f"https://{template.group('domain')}/"
    ):
        into.labels.add(DOMAIN_TEMPLATE)
    if SECRET_LITERAL.match(content):
        into.labels.add(SECRET_NAME)
    if content in _HOME_VARIABLES:
        into.labels.add(HOME_VARIABLE)
    if _ENVIRON_LITERAL.match(content):
        into.reads.append(labelled(ENVIRONMENT))
    elif content == "environ":  # joined to a process's folder found at run time
        into.reads.append(labelled(PROCESS_ENVIRONMENT))
    if fixed_address(content):
        into.labels.add(FIXED)
    elif loopback_address(content):
        into.labels.add(LOOPBACK)


def _calls_in_tokens(tree: Any) -> list[Call]:
    """Calls of functions and methods written in a macro's arguments (``format!("{}",
    name(KEY))``, ``format!("{}", gh.trailer())``), which tree-sitter leaves as tokens: a
    name followed by a parenthesised group (a method's after a ``.``); the group's names
    and literals are its one argument."""
    calls = []
    stack = [tree]
    while stack:
        current = stack.pop()
        children = current.children
        for index, child in enumerate(children):
            if child.type != "token_tree":
                continue
            stack.append(child)
            before = children[index - 1] if index else None
            dot = children[index - 2] if index >= 2 else None
            if (
                before is not None
                and before.type == "identifier"
                and node_text(child).startswith("(")
            ):
                arg = Expr()
                for token in _tokens(child):
                    following = token.next_sibling
                    if following is not None and following.type == "::":
                        continue  # a path's module (`&settings::TABLE`): the name is the last
                    if token.type == "identifier":
                        arg.names.add(node_text(token))
                    elif token.type in ("string_literal", "raw_string_literal"):
                        _string(token, arg)
                line = child.start_point[0] + 1
                method = dot is not None and dot.type == "."
                calls.append(Call(node_text(before), method, (arg,), ("",), (), line, child))
    return calls


def _tokens(tree: Any) -> Iterator[Any]:
    stack = [tree]
    while stack:
        current = stack.pop()
        if current.type == "token_tree":
            stack.extend(reversed(current.named_children))
        else:
            yield current


def _broadcast() -> Expr:
    """Where a radio broadcast goes: to whoever is near, not to a server the user chose."""
    expr = labelled(FIXED)
    expr.labels.add(RADIO)
    return expr
