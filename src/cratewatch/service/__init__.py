"""The cratewatch service: watch a registry, screen every new version, keep the results.

Layers, each a module or folder of this package (see docs/service.md):

- ``model.py``: the service's values (events, screenings, triage states), pure;
- ``feeds/``: where events come from (a git index, crates.io's RSS feeds, a publish hook,
  an inbox directory);
- ``store.py``, ``queue.py``: the durable store (SQLite or PostgreSQL, one schema) and the
  job queue kept in it;
- ``screening.py``: what one version is judged, from its archive and the registry's view;
- ``api/``: the HTTP API and the reviewers' page;
- ``notify.py``: webhooks and e-mail.
"""
