"""What association editors may do with this app's models.

Clusters and their labels belong to associations, which this app does not know: their
rules are declared by the app that owns memberships (``alliance.access``). Sectors are
reference data.
"""

from clusters.models import Sector
from core.access import declare_read_only

declare_read_only(Sector)
