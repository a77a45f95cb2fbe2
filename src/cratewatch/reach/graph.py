"""Name resolution across a build's crates, and the search for a call path.

Every target (a library, a binary, a build script, a test) is a unit: its module tree
(``items.py``) and the crates its code can name (its dependencies by the names the
manifest gives them, a binary's own library). A path is resolved as rustc does for
code that needs no type inference: ``crate``, ``self``, ``super``, ``$crate``, the
module's own items, its ``use`` imports (aliases, globs, ``pub use`` chains, followed to
where the item is defined), then the dependencies' names; ``Type::f`` leads to the
associated functions of impls of ``Type``.

The search starts at the entry points and follows what reachable functions name,
rapid-type-analysis style: a method call on a receiver whose type is known (a
constructor, an annotation, ``self``) leads to that type's method; one on a trait
object, a generic parameter or a receiver of unknown type leads to the methods of that
name of types that reachable code constructs, so that a ``dyn`` call does not reach an
impl nobody creates. A type constructed also makes the standard traits the language
calls for it reachable (``Drop``, ``Display``, operators, ``From`` for ``?``).
Functions named as values (stored in tables, passed to ``thread::spawn``) count as
called; closures are part of the function they are written in; ``macro_rules!`` macros
are expanded by reading the calls their bodies and arguments write.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any, Final, NamedTuple

from cratewatch.model.package import PackageId
from cratewatch.project.cfg import CfgEnv, evaluate
from cratewatch.reach.items import Function, Module, Reference, Target, macro_references

__all__ = ["Found", "Search", "Unit"]

MAX_RESOLVE_DEPTH: Final = 24  # imports followed through imports
#: modules looked into to resolve one path (globs re-exporting globs multiply them), and
#: in a whole search (real projects of 300 crates take a few hundred thousand)
MAX_RESOLVE_STEPS: Final = 4096
MAX_TOTAL_RESOLVE_STEPS: Final = 20_000_000
MAX_MACRO_DEPTH: Final = 8  # macros expanded inside macros
#: Traits whose methods the language or the standard library calls for a type that is
#: constructed: destructors, formatting, operators, `?` conversions, iteration.
IMPLICIT_TRAITS: Final = frozenset(
    [
        "Drop",
        "Display",
        "Debug",
        "Iterator",
        "IntoIterator",
        "Deref",
        "DerefMut",
        "From",
        "Into",
        "TryFrom",
        "Add",
        "Sub",
        "Mul",
        "Div",
        "Rem",
        "Neg",
        "Not",
        "BitAnd",
        "BitOr",
        "BitXor",
        "Shl",
        "Shr",
        "AddAssign",
        "SubAssign",
        "MulAssign",
        "DivAssign",
        "Index",
        "IndexMut",
        "Future",
        "Stream",
        "Read",
        "Write",
        "BufRead",
        "Seek",
        "Hash",
        "PartialEq",
        "Eq",
        "PartialOrd",
        "Ord",
        "Clone",
        "Default",
        "FromStr",
        "AsRef",
        "AsMut",
        "Borrow",
        "Error",
        "Fn",
        "FnMut",
        "FnOnce",
        "Termination",
    ]
)


class Unit(NamedTuple):
    """One target of one crate, as the search sees it."""

    key: str  # "name version kind:target"
    package: PackageId
    crate: str  # the crate's name in paths (`-` as `_`)
    kind: str  # "lib", "bin", "build", "test"
    target: Target
    externs: Mapping[str, str]  # a dependency's name in code -> its library's unit key
    env: CfgEnv  # the crate's features, the target's cfg, whether tests are compiled
    root: str = ""  # where the crate's files are, as shown in paths


class Found(NamedTuple):
    """How a function was reached: from which function, at which line of which file."""

    parent: tuple[str, tuple[str, int]] | None  # (unit key, function key)
    file: str
    line: int


class Search:
    """Reachability over ``units`` from their entry points."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self.units = {unit.key: unit for unit in units}
        self.reached: dict[tuple[str, tuple[str, int]], Found] = {}
        self.touched: set[str] = set()  # units some reached code names anything of
        self._functions: dict[tuple[str, tuple[str, int]], Function] = {}
        self._methods: dict[str, list[tuple[str, Function]]] = {}  # by method name
        self._implemented: dict[str, set[str]] = {}  # type name -> traits it implements
        self._constructed: set[str] = set()
        # (method name, trait or "") of calls on receivers of unknown type: the first call
        self._pending: dict[tuple[str, str], tuple[tuple[str, tuple[str, int]], str, int]] = {}
        self._pending_names: dict[str, list[str]] = {}
        self._constructed_traits: set[str] = set()  # traits some constructed type implements
        self._by_owner: dict[str, list[tuple[str, Function]]] = {}
        self._expanded: set[tuple[tuple[str, tuple[str, int]], str, str]] = set()
        self._queue: deque[tuple[str, tuple[str, int]]] = deque()
        self._cache: dict[tuple[str, tuple[str, ...], str], list[tuple[str, Any, str]]] = {}
        self._steps_left = MAX_RESOLVE_STEPS
        self._total_left = MAX_TOTAL_RESOLVE_STEPS
        #: the search met its bounds: what it did not find may still be there
        self.bounded = False
        for unit in self.units.values():
            for function in unit.target.functions:
                if not self._active(unit, function):
                    continue
                self._functions[(unit.key, function.key)] = function
                if function.owner:
                    self._methods.setdefault(function.name, []).append((unit.key, function))
                    self._by_owner.setdefault(function.owner, []).append((unit.key, function))
            for trait, owner in unit.target.impls:
                self._implemented.setdefault(owner, set()).add(trait)

    # -- the search ---------------------------------------------------------------------

    def run(self, entries: Iterable[tuple[str, Function]]) -> None:
        for unit_key, function in entries:
            self._reach(unit_key, function, None, function.file, function.line)
        while self._queue:
            key = self._queue.popleft()
            unit = self.units[key[0]]
            function = self._functions[key]
            for reference in function.references:
                self._follow(unit, function, key, reference, 0)
            for converted in function.converts:  # `?` converts errors with `From`
                for method_unit, method in self._by_owner.get(converted, ()):
                    if method.trait == "From":
                        self._reach(method_unit, method, key, function.file, function.line)

    def function(self, key: tuple[str, tuple[str, int]]) -> Function:
        return self._functions[key]

    def entries(self, unit: Unit) -> list[tuple[str, Function]]:
        """A unit's entry points: ``main`` of a binary, build script or test, the test
        functions of a test, the public API of a library."""
        out = []
        for function in unit.target.functions:
            if not self._active(unit, function):
                continue
            if (
                (unit.kind in ("bin", "build") and function.name == "main" and not function.module)
                or (unit.kind == "lib" and function.public)
                or (unit.kind == "test" and (function.test or function.name == "main"))
            ):
                out.append((unit.key, function))
        if unit.kind == "lib":
            for module in unit.target.modules.values():
                if not module.public:
                    continue
                for alias, _, public in module.imports:
                    if public and alias != "*":
                        for kind, item, owner in self.resolve(unit, module.path, alias):
                            if kind == "fn" and (owner, item.key) in self._functions:
                                out.append((owner, item))
        return out

    def _active(self, unit: Unit, function: Function) -> bool:
        if function.test and not unit.env.test:
            return False
        return all(evaluate(c, unit.env) is not False for c in function.cfgs)

    def _reach(
        self,
        unit_key: str,
        function: Function,
        parent: tuple[str, tuple[str, int]] | None,
        file: str,
        line: int,
    ) -> None:
        key = (unit_key, function.key)
        if key in self.reached or key not in self._functions:
            return
        self.reached[key] = Found(parent, file, line)
        self._queue.append(key)

    def _follow(
        self,
        unit: Unit,
        function: Function,
        key: tuple[str, tuple[str, int]],
        reference: Reference,
        depth: int,
        macro_unit: Unit | None = None,
    ) -> None:
        file, line = function.file, reference.line
        if reference.kind == "method":
            self._method(unit, function, key, reference)
            return
        if reference.kind == "macro":
            self._macro(unit, function, key, reference, depth, macro_unit)
            return
        text = reference.text
        unit, text = _in_crate_of(unit, text, macro_unit)
        for kind, item, owner in self.resolve(unit, function.module, text, function.owner):
            self.touched.add(owner)
            if kind == "fn":
                self._reach(owner, item, key, file, line)
                if item.constructs:
                    self._construct(item.owner, key, file, line)
            elif kind == "type":
                self._construct(item[1], key, file, line)
            elif kind == "dyn":  # Trait::method: any constructed type's impl
                self._dynamic(item[1], item[0], key, file, line)

    def _method(
        self,
        unit: Unit,
        function: Function,
        key: tuple[str, tuple[str, int]],
        reference: Reference,
    ) -> None:
        how, written = reference.receiver
        name = reference.text
        line = reference.line
        if how == "field":  # self.field: the type the struct declares for it
            struct, _, field = written.partition(".")
            how, written = unit.target.fields.get((struct, field), ("", ""))
        types: list[tuple[str, str]] = []  # (type name, unit key)
        if how == "type":
            types = self._types(unit, function.module, written, function.owner)
        elif how == "call":  # made by a call: its declared return type, else `Type::new`
            for kind, item, where in self.resolve(unit, function.module, written, function.owner):
                if kind == "fn" and item.returns[0] == "type":
                    returned = item.owner if item.returns[1] == "Self" else item.returns[1]
                    types += self._types(self.units[where], item.module, returned, item.owner)
                elif kind == "fn" and item.returns[0] == "trait":
                    how, written = item.returns
            if not types and how == "call" and "::" in written:
                prefix = written.rsplit("::", 1)[0]
                types = self._types(unit, function.module, prefix, function.owner)
        found = False
        for type_name, owner in types:
            self.touched.add(owner)
            for method in self._methods_of(type_name, owner, name):
                self._reach(owner, method, key, function.file, line)
                found = True
        if found:
            return
        trait = written.rsplit("::", 1)[-1] if how == "trait" else ""
        self._dynamic(name, trait, key, function.file, line)

    def _methods_of(self, type_name: str, unit_key: str, name: str) -> list[Function]:
        """The methods called ``name`` of the impls of ``type_name`` in one unit."""
        return [
            method
            for method_unit, method in self._methods.get(name, ())
            if method.owner == type_name and method_unit == unit_key
        ]

    def _types(
        self, unit: Unit, module: tuple[str, ...], path: str, owner: str
    ) -> list[tuple[str, str]]:
        """The types ``path`` names from ``module`` of ``unit`` (with its unit)."""
        return [
            (item[1], where)
            for kind, item, where in self.resolve(unit, module, path, owner)
            if kind == "type"
        ]

    def _dynamic(
        self, name: str, trait: str, key: tuple[str, tuple[str, int]], file: str, line: int
    ) -> None:
        """A method called on a receiver of unknown type, a trait object or a generic:
        the methods of that name of constructed types (of ``trait`` when known). The
        first such call is remembered, for the types constructed later."""
        if (name, trait) in self._pending:
            return
        self._pending[(name, trait)] = (key, file, line)
        self._pending_names.setdefault(name, []).append(trait)
        for method_unit, method in self._methods.get(name, ()):
            if self._may_run(method, trait):
                self._reach(method_unit, method, key, file, line)

    def _may_run(self, method: Function, trait: str) -> bool:
        if trait and method.trait != trait and method.owner != trait:
            return False
        if method.owner in self._constructed:
            return True
        # a trait's default method runs for the constructed types implementing it
        return method.trait == method.owner and method.owner in self._constructed_traits

    def _construct(
        self, type_name: str, key: tuple[str, tuple[str, int]], file: str, line: int
    ) -> None:
        if not type_name or type_name in self._constructed:
            return
        self._constructed.add(type_name)
        traits = self._implemented.get(type_name, set()) - self._constructed_traits
        self._constructed_traits |= traits
        # its methods (and its traits' default methods) that calls made so far may run,
        # and those the language calls for it
        candidates = [*self._by_owner.get(type_name, ())]
        for trait in traits:
            candidates += self._by_owner.get(trait, ())
        for method_unit, method in candidates:
            if method.owner == type_name and method.trait in IMPLICIT_TRAITS:
                self._reach(method_unit, method, key, file, line)
                continue
            for trait in self._pending_names.get(method.name, ()):
                if self._may_run(method, trait):
                    caller, call_file, call_line = self._pending[(method.name, trait)]
                    self._reach(method_unit, method, caller, call_file, call_line)
                    break

    def _macro(
        self,
        unit: Unit,
        function: Function,
        key: tuple[str, tuple[str, int]],
        reference: Reference,
        depth: int,
        macro_unit: Unit | None,
    ) -> None:
        if depth >= MAX_MACRO_DEPTH:
            return
        # what the invocation's arguments call, in the caller's scope
        for inner in macro_references(reference.tokens, reference.line):
            self._follow(unit, function, key, inner, depth + 1, macro_unit)
        text = reference.text
        unit, text = _in_crate_of(unit, text, macro_unit)
        for kind, item, owner in self.resolve(unit, function.module, text + "!"):
            if kind != "macro" or (key, owner, item) in self._expanded:
                continue  # (a macro expands to the same calls wherever a function uses it)
            self._expanded.add((key, owner, item))
            self.touched.add(owner)
            defining = self.units[owner]
            body, _ = defining.target.macros[item]
            for inner in macro_references(_rules(body), reference.line):
                self._follow(unit, function, key, inner, depth + 1, defining)

    # -- name resolution ----------------------------------------------------------------

    def resolve(
        self, unit: Unit, module: tuple[str, ...], path: str, owner: str = ""
    ) -> list[tuple[str, Any, str]]:
        """What ``path`` names from ``module`` of ``unit``: ("fn", Function, unit key),
        ("type", (module, name), unit key), ("mod", module path, unit key), ("macro",
        name, unit key), or ("dyn", (trait, method), unit key) for ``Trait::method``."""
        cache_key = (unit.key, module, path + "\0" + owner)
        cached = self._cache.get(cache_key)
        if cached is None:
            self._steps_left = MAX_RESOLVE_STEPS
            cached = self._cache[cache_key] = self._resolve(unit, module, path, owner, 0, set())
        return cached

    def _resolve(
        self,
        unit: Unit,
        module: tuple[str, ...],
        path: str,
        owner: str,
        depth: int,
        seen: set[tuple[str, tuple[str, ...], str]],
    ) -> list[tuple[str, Any, str]]:
        if depth > MAX_RESOLVE_DEPTH or not path:
            return []
        segments = path.split("::")
        first, rest = segments[0], segments[1:]
        current: list[tuple[str, Any, str]]
        if first == "" and rest:  # ::name: a crate
            current = self._extern(unit, rest[0])
            rest = rest[1:]
        elif first == "crate":
            current = [("mod", (), unit.key)]
        elif first == "self" and rest:
            current = [("mod", module, unit.key)]
        elif first == "super":
            up = module
            while segments and segments[0] == "super":
                up = up[:-1]
                segments = segments[1:]
            current, rest = [("mod", up, unit.key)], segments
        elif first == "Self" and owner:
            current = [("type", ((), owner), unit.key)]
        else:
            current = self._in_scope(unit, module, first, depth, seen)
        for segment in rest:
            following: list[tuple[str, Any, str]] = []
            for kind, item, where in current:
                following += self._member(kind, item, where, segment, depth, seen)
            current = following
            if not current:
                break
        return current

    def _in_scope(
        self,
        unit: Unit,
        module: tuple[str, ...],
        name: str,
        depth: int,
        seen: set[tuple[str, tuple[str, ...], str]],
    ) -> list[tuple[str, Any, str]]:
        found = self._in_module(unit, module, name, depth, True, seen)
        if found:
            return found
        if name.endswith("!"):
            # textual scope of macro_rules!, #[macro_use] crates and exported macros
            for other in unit.target.modules.values():
                for kind, item in other.items.get(name, ()):
                    found.append((kind, item, unit.key))
            if not found:
                for dependency in unit.externs.values():
                    dep = self.units.get(dependency)
                    macro = dep.target.macros.get(name[:-1]) if dep is not None else None
                    if macro is not None and macro[1]:
                        found.append(("macro", name[:-1], dependency))
            return found
        return self._extern(unit, name)

    def _in_module(
        self,
        unit: Unit,
        module: tuple[str, ...],
        name: str,
        depth: int,
        private: bool,
        seen: set[tuple[str, tuple[str, ...], str]],
    ) -> list[tuple[str, Any, str]]:
        this: Module | None = unit.target.modules.get(module)
        step = (unit.key, module, name)
        self._steps_left -= 1
        self._total_left -= 1
        if self._total_left < 0:
            self.bounded = True
        if this is None or step in seen or self._steps_left < 0 or self.bounded:
            return []  # an import cycle (through globs or aliases), or too much to follow
        seen.add(step)
        try:
            return self._in_this_module(unit, this, name, depth, private, seen)
        finally:
            seen.discard(step)

    def _in_this_module(
        self,
        unit: Unit,
        this: Module,
        name: str,
        depth: int,
        private: bool,
        seen: set[tuple[str, tuple[str, ...], str]],
    ) -> list[tuple[str, Any, str]]:
        module = this.path
        found: list[tuple[str, Any, str]] = []
        for kind, item in this.items.get(name, ()):
            if kind == "fn" and (unit.key, item.key) not in self._functions:
                continue  # configured out
            found.append((kind, item, unit.key))
        if found:
            return found
        for alias, used, public in this.imports:
            if alias == name and (private or public):
                found += self._resolve(unit, module, used, "", depth + 1, seen)
        if found:
            return found
        for alias, used, public in this.imports:
            if alias == "*" and (private or public):
                for kind, item, where in self._resolve(unit, module, used, "", depth + 1, seen):
                    found += self._member(kind, item, where, name, depth + 1, seen)
        return found

    def _member(
        self,
        kind: str,
        item: Any,
        where: str,
        name: str,
        depth: int,
        seen: set[tuple[str, tuple[str, ...], str]],
    ) -> list[tuple[str, Any, str]]:
        unit = self.units.get(where)
        if unit is None:
            return []
        if kind == "mod":
            return self._in_module(unit, item, name, depth + 1, False, seen) or (
                self._exported_macro(unit, name) if not item else []
            )
        if kind in ("type", "trait"):
            type_name = item[1]
            methods = [("fn", method, where) for method in self._methods_of(type_name, where, name)]
            if kind == "trait":
                return [("dyn", (type_name, name), where), *methods]
            return methods or [("type", item, where)]  # an enum's variant: the type itself
        return []

    def _exported_macro(self, unit: Unit, name: str) -> list[tuple[str, Any, str]]:
        bare = name.removesuffix("!")
        macro = unit.target.macros.get(bare)
        return [("macro", bare, unit.key)] if macro is not None and macro[1] else []

    def _extern(self, unit: Unit, name: str) -> list[tuple[str, Any, str]]:
        dependency = unit.externs.get(name)
        if dependency is None or dependency not in self.units:
            return []
        return [("mod", (), dependency)]

    # -- answers ------------------------------------------------------------------------

    def path_to(
        self, key: tuple[str, tuple[str, int]]
    ) -> list[tuple[tuple[str, tuple[str, int]], Found]]:
        """The chain of reached functions from an entry point to ``key``."""
        chain = []
        seen = set()
        current: tuple[str, tuple[str, int]] | None = key
        while current is not None and current not in seen:
            seen.add(current)
            found = self.reached[current]
            chain.append((current, found))
            current = found.parent
        return chain[::-1]


def _in_crate_of(unit: Unit, text: str, macro_unit: Unit | None) -> tuple[Unit, str]:
    """A path written in a macro's body: ``$crate::x`` is ``crate::x`` of the crate that
    defines the macro; anything else is read where the macro is invoked."""
    if macro_unit is not None and text.startswith("$crate"):
        return macro_unit, "crate" + text[len("$crate") :]
    return unit, text


def _rules(body: str) -> str:
    """The expansions of a ``macro_rules!`` body: the text after each ``=>``."""
    parts = body.split("=>")
    return "\n".join(parts[1:]) if len(parts) > 1 else ""


def display_name(unit: Unit, function: Function) -> str:
    parts = [unit.crate, *function.module]
    if function.owner:
        parts.append(function.owner)
    parts.append(function.name)
    return "::".join(parts)
