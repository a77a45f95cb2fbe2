"""``cratewatch sbom``: a project's dependency graph as a software bill of materials.
``inventory.py`` gathers what is known of each package (model/sbom.py); ``cyclonedx.py``
and ``spdx.py`` write it through each standard's own library."""
