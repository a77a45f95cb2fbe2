"""A resolved dependency graph as read from a Cargo.lock."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

from cratewatch.model.package import Package, PackageId

__all__ = ["DependencyPath", "Lockfile"]

DependencyPath = tuple[PackageId, ...]


class Lockfile:
    """Packages of a Cargo.lock with the graph between them.

    ``roots`` are the packages that nothing else depends on (the workspace
    members, in practice), from which dependency paths are traced.
    ``warnings`` name the entries that were malformed in ways cargo tolerates
    (a dependency left out of the graph, a malformed checksum), one line each.
    ``partial`` says why the graph is known to miss packages (one recovered from a
    binary's panic messages), empty when it is whole.
    """

    __slots__ = (
        "_by_id",
        "_dependents",
        "format_version",
        "packages",
        "partial",
        "path",
        "warnings",
    )

    def __init__(
        self,
        path: str,
        format_version: int,
        packages: tuple[Package, ...],
        warnings: tuple[str, ...] = (),
        partial: str = "",
    ) -> None:
        self.path = path
        self.format_version = format_version
        self.packages = packages
        self.warnings = warnings
        self.partial = partial
        self._by_id: Mapping[PackageId, Package] = {p.id: p for p in packages}
        dependents: dict[PackageId, list[PackageId]] = {p.id: [] for p in packages}
        for p in packages:
            for dep in p.dependencies:
                dependents.setdefault(dep, []).append(p.id)
        self._dependents: Mapping[PackageId, tuple[PackageId, ...]] = {
            k: tuple(v) for k, v in dependents.items()
        }

    def __len__(self) -> int:
        return len(self.packages)

    def get(self, package_id: PackageId) -> Package | None:
        return self._by_id.get(package_id)

    @property
    def roots(self) -> tuple[PackageId, ...]:
        """Packages nothing depends on: the workspace members, in practice."""
        return tuple(p.id for p in self.packages if not self._dependents.get(p.id))

    def paths_to(self, target: PackageId, limit: int = 3) -> list[DependencyPath]:
        """Shortest paths from roots to ``target``, one per root, shortest first.

        A reverse breadth-first search from the target: the first time a root is
        reached gives that root's shortest path. When no root reaches it (a
        workspace whose members depend on each other through dev-dependencies
        forms a cycle with no root), the path packages it reaches, which are the
        workspace members and local crates, stand in for roots.
        """
        parent: dict[PackageId, PackageId | None] = {target: None}
        queue: deque[PackageId] = deque([target])
        found: list[DependencyPath] = []
        local: list[DependencyPath] = []
        while queue and len(found) < limit:
            node = queue.popleft()
            ups = self._dependents.get(node, ())
            if not ups:
                found.append(self._walk(node, parent))
                continue
            if node.is_local and node != target:
                path = self._walk(node, parent)
                if sum(step.is_local for step in path) == 1:  # the nearest member only
                    local.append(path)
            for up in ups:
                if up not in parent:
                    parent[up] = node
                    queue.append(up)
        return found or local[:limit]

    @staticmethod
    def _walk(root: PackageId, parent: Mapping[PackageId, PackageId | None]) -> DependencyPath:
        path = [root]
        node = parent[root]
        while node is not None:
            path.append(node)
            node = parent[node]
        return tuple(path)
