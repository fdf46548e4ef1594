"""Permissions of data import, export and search: the secretariat imports; every portal role searches.

Exports need the permission of the list they export (dataio.export_specs.EXPORTS).
"""

import rules

from jointcouncils.predicates import is_reader, is_secretariat

rules.add_perm("dataio.import_data", is_secretariat)
rules.add_perm("dataio.search", is_reader)
